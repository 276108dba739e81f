using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceAtlas.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over published entries; prefix indexes make "Warsa" find "Warsaw" quickly.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchEntries USING fts5(
                    Kind UNINDEXED, Key UNINDEXED, Url UNINDEXED, Title, Body,
                    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchEntries;");
        }
    }
}
