using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllianceAtlas.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alliances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Founded = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FoundedPrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Dissolved = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DissolvedPrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Treaty = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Headquarters = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EditedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alliances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FromPrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ToPrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Successors = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EditedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsTurningPoint = table.Column<bool>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EditedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Published = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Topics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EditedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Topics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AllianceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    Joined = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JoinedPrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Left = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeftPrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    End = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_Alliances_AllianceId",
                        column: x => x.AllianceId,
                        principalTable: "Alliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventAlliances",
                columns: table => new
                {
                    AlliancesId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventAlliances", x => new { x.AlliancesId, x.EventsId });
                    table.ForeignKey(
                        name: "FK_EventAlliances_Alliances_AlliancesId",
                        column: x => x.AlliancesId,
                        principalTable: "Alliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventAlliances_Events_EventsId",
                        column: x => x.EventsId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventCountries",
                columns: table => new
                {
                    CountriesCode = table.Column<string>(type: "TEXT", nullable: false),
                    TimelineEventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCountries", x => new { x.CountriesCode, x.TimelineEventId });
                    table.ForeignKey(
                        name: "FK_EventCountries_Countries_CountriesCode",
                        column: x => x.CountriesCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventCountries_Events_TimelineEventId",
                        column: x => x.TimelineEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AllianceSources",
                columns: table => new
                {
                    AllianceId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllianceSources", x => new { x.AllianceId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_AllianceSources_Alliances_AllianceId",
                        column: x => x.AllianceId,
                        principalTable: "Alliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AllianceSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TimelineEventId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventSources", x => new { x.SourcesId, x.TimelineEventId });
                    table.ForeignKey(
                        name: "FK_EventSources_Events_TimelineEventId",
                        column: x => x.TimelineEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TopicAlliances",
                columns: table => new
                {
                    AlliancesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicAlliances", x => new { x.AlliancesId, x.TopicsId });
                    table.ForeignKey(
                        name: "FK_TopicAlliances_Alliances_AlliancesId",
                        column: x => x.AlliancesId,
                        principalTable: "Alliances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TopicAlliances_Topics_TopicsId",
                        column: x => x.TopicsId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TopicEvents",
                columns: table => new
                {
                    EventsId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicEvents", x => new { x.EventsId, x.TopicsId });
                    table.ForeignKey(
                        name: "FK_TopicEvents_Events_EventsId",
                        column: x => x.EventsId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TopicEvents_Topics_TopicsId",
                        column: x => x.TopicsId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TopicSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicSources", x => new { x.SourcesId, x.TopicId });
                    table.ForeignKey(
                        name: "FK_TopicSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TopicSources_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Alliances_Founded",
                table: "Alliances",
                column: "Founded");

            migrationBuilder.CreateIndex(
                name: "IX_Alliances_Slug",
                table: "Alliances",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllianceSources_SourcesId",
                table: "AllianceSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_EventAlliances_EventsId",
                table: "EventAlliances",
                column: "EventsId");

            migrationBuilder.CreateIndex(
                name: "IX_EventCountries_TimelineEventId",
                table: "EventCountries",
                column: "TimelineEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date",
                table: "Events",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Slug",
                table: "Events",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_TimelineEventId",
                table: "EventSources",
                column: "TimelineEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_AllianceId_Joined",
                table: "Memberships",
                columns: new[] { "AllianceId", "Joined" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_CountryCode_Joined",
                table: "Memberships",
                columns: new[] { "CountryCode", "Joined" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_Joined",
                table: "Memberships",
                column: "Joined");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_Left",
                table: "Memberships",
                column: "Left");

            migrationBuilder.CreateIndex(
                name: "IX_TopicAlliances_TopicsId",
                table: "TopicAlliances",
                column: "TopicsId");

            migrationBuilder.CreateIndex(
                name: "IX_TopicEvents_TopicsId",
                table: "TopicEvents",
                column: "TopicsId");

            migrationBuilder.CreateIndex(
                name: "IX_Topics_Slug",
                table: "Topics",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TopicSources_TopicId",
                table: "TopicSources",
                column: "TopicId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllianceSources");

            migrationBuilder.DropTable(
                name: "EventAlliances");

            migrationBuilder.DropTable(
                name: "EventCountries");

            migrationBuilder.DropTable(
                name: "EventSources");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "TopicAlliances");

            migrationBuilder.DropTable(
                name: "TopicEvents");

            migrationBuilder.DropTable(
                name: "TopicSources");

            migrationBuilder.DropTable(
                name: "Countries");

            migrationBuilder.DropTable(
                name: "Alliances");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Topics");
        }
    }
}
