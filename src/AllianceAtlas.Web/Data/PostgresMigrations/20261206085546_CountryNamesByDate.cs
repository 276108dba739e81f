using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceAtlas.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class CountryNamesByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CountryNames",
                columns: table => new
                {
                    CountryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountryNames", x => new { x.CountryCode, x.From });
                    table.ForeignKey(
                        name: "FK_CountryNames_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CountryNames");
        }
    }
}
