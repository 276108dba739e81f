using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceAtlas.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class SearchAndChangeNotifications : Migration
    {
        private static readonly string[] ContentTables =
        [
            "Alliances", "Memberships", "Countries", "Events", "Topics", "Sources", "Revisions", "SlugRedirects",
            "AllianceSources", "EventAlliances", "EventCountries", "EventSources", "TopicAlliances", "TopicEvents", "TopicSources",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search as on SQLite: English stemming with accents ignored, titles weighted above the text.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE TEXT SEARCH CONFIGURATION atlas (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION atlas
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
                CREATE TABLE "SearchEntries" (
                    "Kind" text NOT NULL,
                    "Key" text NOT NULL,
                    "Url" text NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text,
                    "Document" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('atlas', "Title"), 'A') ||
                        setweight(to_tsvector('atlas', coalesce("Body", '')), 'B')) STORED
                );
                CREATE INDEX "IX_SearchEntries_Document" ON "SearchEntries" USING GIN ("Document");
                CREATE INDEX "IX_SearchEntries_Kind_Key" ON "SearchEntries" ("Kind", "Key");
                """);

            // Every instance listening on this channel evicts its cached reader pages when content changes; the
            // notification is sent only when the transaction commits, and once per transaction.
            migrationBuilder.Sql("""
                CREATE FUNCTION atlas_notify_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('atlas_content', '');
                    RETURN NULL;
                END;
                $$;
                """);
            foreach (var table in ContentTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_notify_content_change"
                    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION atlas_notify_content_change();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ContentTables)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_notify_content_change" ON "{table}";""");
            }

            migrationBuilder.Sql("""
                DROP FUNCTION atlas_notify_content_change();
                DROP TABLE "SearchEntries";
                DROP TEXT SEARCH CONFIGURATION atlas;
                """);
        }
    }
}
