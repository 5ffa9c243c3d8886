using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRem.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImportedStudies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudyInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedStudies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NodeIdentities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NodeIdentities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemoteNodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false, collation: "NOCASE"),
                    AeTitle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CallingAeTitle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Port = table.Column<int>(type: "INTEGER", nullable: false),
                    UseModalityTagAtStudyLevel = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxParallelAssociations = table.Column<int>(type: "INTEGER", nullable: false),
                    ConnectTimeout = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    ResponseTimeout = table.Column<TimeSpan>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteNodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoreNodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false, collation: "NOCASE"),
                    AeTitle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Port = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreNodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportedObjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudyInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SopInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SeriesInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SopClassUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ImportedStudyId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedObjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedObjects_ImportedStudies_ImportedStudyId",
                        column: x => x.ImportedStudyId,
                        principalTable: "ImportedStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Queries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RemoteNodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemoteNodeName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoreNodeId = table.Column<int>(type: "INTEGER", nullable: true),
                    StoreNodeName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoreAeTitle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StageText = table.Column<string>(type: "TEXT", nullable: false),
                    FindSummary = table.Column<string>(type: "TEXT", nullable: true),
                    MoveSummary = table.Column<string>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    RemoteErrors = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FindStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FindEndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MoveStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MoveEndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FindCounts_AlreadyImportedRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_CtMaybePhilips = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_CtPreparedForToshiba = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_CtWithDoseReport = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_CtWithPhilipsDoseInfo = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_CtWithoutUsableData = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_FluoroscopyWithoutReport = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_GroupCopies = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_ImageMatches = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_ImageRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_InResponseDuplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_SeriesKept = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_SeriesMatches = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_SeriesRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_SeriesRulesRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_SrOnlyRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_SrOnlyWithoutReport = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_StationNameExcludeRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_StationNameIncludeRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_StudiesKept = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_StudyDescriptionExcludeRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_StudyDescriptionIncludeRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_StudyMatches = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_StudyRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    FindCounts_UnwantedModalitiesRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_RequestsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_RequestsPlanned = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SeriesCompleted = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SeriesFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SeriesNotAttempted = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SeriesPlanned = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SeriesWithWarnings = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_StudiesPlanned = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SubOperations_Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SubOperations_Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveCounts_SubOperations_Warning = table.Column<int>(type: "INTEGER", nullable: false),
                    Modalities = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MoveWhenFound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    StudyDateKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StudyTimeKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DateKeysText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TimeFrom = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    TimeUntil = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    DateUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Queries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Queries_RemoteNodes_RemoteNodeId",
                        column: x => x.RemoteNodeId,
                        principalTable: "RemoteNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Queries_StoreNodes_StoreNodeId",
                        column: x => x.StoreNodeId,
                        principalTable: "StoreNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "QueryLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QueryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueryLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QueryLog_Queries_QueryId",
                        column: x => x.QueryId,
                        principalTable: "Queries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudyResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    FindRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudyInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StudyDescription = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    StationName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ModalitiesInStudy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ModalitiesInStudyReturned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModalityAtStudyLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NumberOfStudyRelatedSeries = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesQueryFailed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CtDoseSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    QueryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DropCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DropReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyResponses_Queries_QueryId",
                        column: x => x.QueryId,
                        principalTable: "Queries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeriesResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    FindRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Modality = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ModalityReturned = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeriesNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesDescription = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NumberOfSeriesRelatedInstances = table.Column<int>(type: "INTEGER", nullable: true),
                    StationName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SeriesTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SopClassInSeries = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MoveImagesIndividually = table.Column<bool>(type: "INTEGER", nullable: false),
                    ImagesComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    StudyResponseId = table.Column<long>(type: "INTEGER", nullable: false),
                    DropCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DropReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RetrievalAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    RetrievalProblem = table.Column<string>(type: "TEXT", nullable: true),
                    RetrievalStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MoveCompleted = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    MoveWarning = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeriesResponses_StudyResponses_StudyResponseId",
                        column: x => x.StudyResponseId,
                        principalTable: "StudyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImageResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    FindRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SopInstanceUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SopClassUid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InstanceNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    SeriesResponseId = table.Column<long>(type: "INTEGER", nullable: false),
                    DropCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DropReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImageResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImageResponses_SeriesResponses_SeriesResponseId",
                        column: x => x.SeriesResponseId,
                        principalTable: "SeriesResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImageResponses_SeriesResponseId_Ordinal",
                table: "ImageResponses",
                columns: new[] { "SeriesResponseId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedObjects_ImportedStudyId",
                table: "ImportedObjects",
                column: "ImportedStudyId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedObjects_SopInstanceUid",
                table: "ImportedObjects",
                column: "SopInstanceUid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedObjects_StudyInstanceUid",
                table: "ImportedObjects",
                column: "StudyInstanceUid");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedStudies_StudyInstanceUid",
                table: "ImportedStudies",
                column: "StudyInstanceUid");

            migrationBuilder.CreateIndex(
                name: "IX_Queries_CreatedAt",
                table: "Queries",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Queries_RemoteNodeId",
                table: "Queries",
                column: "RemoteNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Queries_State_CreatedAt",
                table: "Queries",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Queries_StoreNodeId",
                table: "Queries",
                column: "StoreNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_QueryLog_QueryId_Id",
                table: "QueryLog",
                columns: new[] { "QueryId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RemoteNodes_Name",
                table: "RemoteNodes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeriesResponses_StudyResponseId_Ordinal",
                table: "SeriesResponses",
                columns: new[] { "StudyResponseId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_StoreNodes_Name",
                table: "StoreNodes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudyResponses_QueryId_Ordinal",
                table: "StudyResponses",
                columns: new[] { "QueryId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyResponses_StudyInstanceUid",
                table: "StudyResponses",
                column: "StudyInstanceUid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImageResponses");

            migrationBuilder.DropTable(
                name: "ImportedObjects");

            migrationBuilder.DropTable(
                name: "NodeIdentities");

            migrationBuilder.DropTable(
                name: "QueryLog");

            migrationBuilder.DropTable(
                name: "SeriesResponses");

            migrationBuilder.DropTable(
                name: "ImportedStudies");

            migrationBuilder.DropTable(
                name: "StudyResponses");

            migrationBuilder.DropTable(
                name: "Queries");

            migrationBuilder.DropTable(
                name: "RemoteNodes");

            migrationBuilder.DropTable(
                name: "StoreNodes");
        }
    }
}
