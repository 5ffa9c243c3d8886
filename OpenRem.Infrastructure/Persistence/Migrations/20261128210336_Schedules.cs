using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRem.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Schedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Schedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false, collation: "NOCASE"),
                    RemoteNodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemoteNodeName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoreNodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    StoreNodeName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Modalities = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Window = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Retrieve = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastRunStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRunEndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastQueryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastRunState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LastResult = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CoveredUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RunningQueryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RunningSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StationNameAtStudyLevel = table.Column<bool>(type: "INTEGER", nullable: false),
                    StationNameExclude = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StationNameInclude = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StudyDescriptionExclude = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StudyDescriptionInclude = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    GetEmptySrSeries = table.Column<bool>(type: "INTEGER", nullable: false),
                    GetToshibaImages = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemoveDuplicates = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schedules_RemoteNodes_RemoteNodeId",
                        column: x => x.RemoteNodeId,
                        principalTable: "RemoteNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Schedules_StoreNodes_StoreNodeId",
                        column: x => x.StoreNodeId,
                        principalTable: "StoreNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_Name",
                table: "Schedules",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_RemoteNodeId",
                table: "Schedules",
                column: "RemoteNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_StoreNodeId",
                table: "Schedules",
                column: "StoreNodeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Schedules");
        }
    }
}
