// Turns Natural Earth's country shapes (the world-atlas package, public domain) into the compact file the
// site draws its maps from: one projected SVG path per country, keyed by the ISO 3166-1 alpha-2 code the
// content uses, plus a dot for each small state too small to appear at this scale.
// Run once after changing the projection or the package version: npm ci && node convert.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { geoEqualEarth, geoPath, geoCentroid } from "d3-geo";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const coarse = require("world-atlas/countries-110m.json");
const fine = require("world-atlas/countries-50m.json");
const atlasVersion = require("world-atlas/package.json").version;

// Features the package leaves without an ISO number; the UN's view decides where they are drawn.
const byName = { Kosovo: "XK", "N. Cyprus": "CY", Somaliland: "SO" };
// Overseas territories are drawn as part of the state they belong to. Disputed ones (the Falklands,
// Western Sahara) keep their own outline and are never shaded.
const drawnWith = { GL: "DK", PR: "US", NC: "FR", TF: "FR" };
const isoOf = f => byName[f.properties.name] ?? (f.id ? countries.numericToAlpha2(f.id) : undefined);
const codeOf = f => drawnWith[isoOf(f)] ?? isoOf(f);

const contentCodes = new Set(
  [...readFileSync(new URL("../../content/countries/current.yaml", import.meta.url), "utf8")
    .matchAll(/^- code: ([A-Z]{2})\b/gm)].map(m => m[1]));

const land = feature(coarse, coarse.objects.countries).features.filter(f => f.id !== "010"); // no Antarctica
const width = 1000;
const projection = geoEqualEarth().fitWidth(width, { type: "FeatureCollection", features: land });
const path = geoPath(projection).digits(1);
const [[, top], [, bottom]] = path.bounds({ type: "FeatureCollection", features: land });
const height = Math.ceil(bottom + top);

const shapes = new Map();
for (const f of land) {
  const code = codeOf(f);
  if (!code) continue;
  const entry = shapes.get(code) ?? { code, name: countries.getName(code, "en") ?? f.properties.name, d: "" };
  entry.d += path(f);
  shapes.set(code, entry);
}

const dots = [];
for (const f of feature(fine, fine.objects.countries).features) {
  const code = codeOf(f);
  if (!code || shapes.has(code) || !contentCodes.has(code) || dots.some(d => d.code === code)) continue;
  const [x, y] = projection(geoCentroid(f));
  dots.push({ code, name: countries.getName(code, "en") ?? f.properties.name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
}

// Natural Earth leaves out the smallest states even at 1:50m; their capitals stand in for them.
const capitals = { TV: [179.2, -8.5] }; // Funafuti, Tuvalu
for (const [code, lonLat] of Object.entries(capitals)) {
  if (shapes.has(code) || dots.some(d => d.code === code)) continue;
  const [x, y] = projection(lonLat);
  // Funafuti lies just past the antimeridian's edge of the drawing; keep its dot inside.
  dots.push({ code, name: countries.getName(code, "en"), x: Math.min(Math.round(x * 10) / 10, width - 4), y: Math.round(y * 10) / 10 });
}

const missing = [...contentCodes].filter(c => !shapes.has(c) && !dots.some(d => d.code === c));
const out = {
  source: `Natural Earth 1:110m and 1:50m admin 0 countries, via the world-atlas package ${atlasVersion}`,
  licence: "Public domain (Natural Earth); world-atlas is ISC-licensed",
  projection: "Equal Earth",
  width,
  height,
  countries: [...shapes.values()].sort((a, b) => a.code.localeCompare(b.code)),
  dots: dots.sort((a, b) => a.code.localeCompare(b.code)),
};
mkdirSync(new URL("../../content/maps/", import.meta.url), { recursive: true });
writeFileSync(new URL("../../content/maps/world.json", import.meta.url), JSON.stringify(out) + "\n");
console.log(`${out.countries.length} shapes, ${out.dots.length} dots, ${width}x${height}; not on the map: ${missing.join(", ") || "none"}`);
