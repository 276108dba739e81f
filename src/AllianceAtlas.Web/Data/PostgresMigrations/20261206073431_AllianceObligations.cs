using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AllianceAtlas.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class AllianceObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AllianceObligations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AllianceId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Article = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Phase = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Members = table.Column<List<string>>(type: "text[]", nullable: false),
                    Adversary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Territory = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Unprovoked = table.Column<bool>(type: "boolean", nullable: false),
                    War = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OtherCondition = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllianceObligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllianceObligations_Alliances_AllianceId",
                        column: x => x.AllianceId,
                        principalTable: "Alliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlliancePhases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AllianceId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    FromPrecision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    ToPrecision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlliancePhases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlliancePhases_Alliances_AllianceId",
                        column: x => x.AllianceId,
                        principalTable: "Alliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllianceObligations_AllianceId_Position",
                table: "AllianceObligations",
                columns: new[] { "AllianceId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AllianceObligations_Type",
                table: "AllianceObligations",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_AlliancePhases_AllianceId_Position",
                table: "AlliancePhases",
                columns: new[] { "AllianceId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllianceObligations");

            migrationBuilder.DropTable(
                name: "AlliancePhases");
        }
    }
}
