using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceAtlas.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Sources");
        }
    }
}
