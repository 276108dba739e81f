using System.Globalization;
using System.Text;

namespace AllianceAtlas.Web.Maps;

/// <summary>
/// Keeps only the parts of an outline that can be seen in a region, so an enlarged map does not carry the whole
/// world's paths. The outlines are absolute M/L/Z paths (script/map/convert.mjs writes them so); each M starts a
/// ring, and a ring whose bounding box misses the region is left out.
/// </summary>
public static class OutlineClipping
{
    public static string Within(string d, MapRegion region)
    {
        if (region.IsWorld)
        {
            return d;
        }

        var kept = new StringBuilder();
        var start = 0;
        while (start < d.Length)
        {
            var next = d.IndexOf('M', start + 1);
            var end = next < 0 ? d.Length : next;
            var ring = d.AsSpan(start, end - start);
            if (Touches(ring, region))
            {
                kept.Append(ring);
            }

            start = end;
        }

        return kept.ToString();
    }

    private static bool Touches(ReadOnlySpan<char> ring, MapRegion region)
    {
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        var isX = true;
        var i = 0;
        while (i < ring.Length)
        {
            if (ring[i] is 'M' or 'L' or 'Z' or ',')
            {
                i++;
                continue;
            }

            var length = 0;
            while (i + length < ring.Length && ring[i + length] is not ('M' or 'L' or 'Z' or ','))
            {
                length++;
            }

            var value = double.Parse(ring.Slice(i, length), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (isX)
            {
                left = Math.Min(left, value);
                right = Math.Max(right, value);
            }
            else
            {
                top = Math.Min(top, value);
                bottom = Math.Max(bottom, value);
            }

            isX = !isX;
            i += length;
        }

        return right >= left && region.Touches(left, top, right, bottom);
    }
}
