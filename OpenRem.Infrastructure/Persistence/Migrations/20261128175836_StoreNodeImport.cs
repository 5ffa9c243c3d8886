using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRem.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StoreNodeImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AllowedCallingAeTitles",
                table: "StoreNodes",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "ObjectsArrived",
                table: "SeriesResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ObjectsExpected",
                table: "SeriesResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ObjectsImported",
                table: "SeriesResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MoveCounts_ObjectsArrived",
                table: "Queries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MoveCounts_ObjectsExpected",
                table: "Queries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MoveCounts_ObjectsImported",
                table: "Queries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AccessionNumber",
                table: "ImportedStudies",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastReceivedAt",
                table: "ImportedStudies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModalitiesInStudy",
                table: "ImportedStudies",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StudyDate",
                table: "ImportedStudies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudyDescription",
                table: "ImportedStudies",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StudyTime",
                table: "ImportedStudies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoseSummary",
                table: "ImportedObjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilePath",
                table: "ImportedObjects",
                type: "TEXT",
                maxLength: 199,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileSize",
                table: "ImportedObjects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstReceivedAt",
                table: "ImportedObjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ImportedObjects",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastReceivedAt",
                table: "ImportedObjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Manufacturer",
                table: "ImportedObjects",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManufacturerModelName",
                table: "ImportedObjects",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Modality",
                table: "ImportedObjects",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "QueryId",
                table: "ImportedObjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceivedFromAeTitle",
                table: "ImportedObjects",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SeriesResponseId",
                table: "ImportedObjects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StationName",
                table: "ImportedObjects",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimesReceived",
                table: "ImportedObjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ImportedSeries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Modality = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SeriesNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesDescription = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ImportedStudyId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedSeries_ImportedStudies_ImportedStudyId",
                        column: x => x.ImportedStudyId,
                        principalTable: "ImportedStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectArrivals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SopInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StudyInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SeriesInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CallingAeTitle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MoveOriginatorAeTitle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    StoreNodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    QueryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeriesResponseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectArrivals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectArrivals_StoreNodes_StoreNodeId",
                        column: x => x.StoreNodeId,
                        principalTable: "StoreNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StoreNodeRuntimeStatuses",
                columns: table => new
                {
                    StoreNodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsListening = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListeningOn = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OpenAssociations = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectsReceived = table.Column<long>(type: "INTEGER", nullable: false),
                    ObjectsImported = table.Column<long>(type: "INTEGER", nullable: false),
                    ObjectsNotImported = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreNodeRuntimeStatuses", x => x.StoreNodeId);
                    table.ForeignKey(
                        name: "FK_StoreNodeRuntimeStatuses_StoreNodes_StoreNodeId",
                        column: x => x.StoreNodeId,
                        principalTable: "StoreNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesResponses_SeriesInstanceUid",
                table: "SeriesResponses",
                column: "SeriesInstanceUid");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedStudies_LastReceivedAt",
                table: "ImportedStudies",
                column: "LastReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedSeries_ImportedStudyId_SeriesInstanceUid",
                table: "ImportedSeries",
                columns: new[] { "ImportedStudyId", "SeriesInstanceUid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectArrivals_QueryId_SeriesInstanceUid",
                table: "ObjectArrivals",
                columns: new[] { "QueryId", "SeriesInstanceUid" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectArrivals_StoreNodeId_ReceivedAt",
                table: "ObjectArrivals",
                columns: new[] { "StoreNodeId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportedSeries");

            migrationBuilder.DropTable(
                name: "ObjectArrivals");

            migrationBuilder.DropTable(
                name: "StoreNodeRuntimeStatuses");

            migrationBuilder.DropIndex(
                name: "IX_SeriesResponses_SeriesInstanceUid",
                table: "SeriesResponses");

            migrationBuilder.DropIndex(
                name: "IX_ImportedStudies_LastReceivedAt",
                table: "ImportedStudies");

            migrationBuilder.DropColumn(
                name: "AllowedCallingAeTitles",
                table: "StoreNodes");

            migrationBuilder.DropColumn(
                name: "ObjectsArrived",
                table: "SeriesResponses");

            migrationBuilder.DropColumn(
                name: "ObjectsExpected",
                table: "SeriesResponses");

            migrationBuilder.DropColumn(
                name: "ObjectsImported",
                table: "SeriesResponses");

            migrationBuilder.DropColumn(
                name: "MoveCounts_ObjectsArrived",
                table: "Queries");

            migrationBuilder.DropColumn(
                name: "MoveCounts_ObjectsExpected",
                table: "Queries");

            migrationBuilder.DropColumn(
                name: "MoveCounts_ObjectsImported",
                table: "Queries");

            migrationBuilder.DropColumn(
                name: "AccessionNumber",
                table: "ImportedStudies");

            migrationBuilder.DropColumn(
                name: "LastReceivedAt",
                table: "ImportedStudies");

            migrationBuilder.DropColumn(
                name: "ModalitiesInStudy",
                table: "ImportedStudies");

            migrationBuilder.DropColumn(
                name: "StudyDate",
                table: "ImportedStudies");

            migrationBuilder.DropColumn(
                name: "StudyDescription",
                table: "ImportedStudies");

            migrationBuilder.DropColumn(
                name: "StudyTime",
                table: "ImportedStudies");

            migrationBuilder.DropColumn(
                name: "DoseSummary",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "FilePath",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "FileSize",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "FirstReceivedAt",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "LastReceivedAt",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "Manufacturer",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "ManufacturerModelName",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "Modality",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "QueryId",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "ReceivedFromAeTitle",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "SeriesResponseId",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "StationName",
                table: "ImportedObjects");

            migrationBuilder.DropColumn(
                name: "TimesReceived",
                table: "ImportedObjects");
        }
    }
}
