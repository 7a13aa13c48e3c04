using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookFollowUp.Workflow.Ledger.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MailboxId = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    FollowUpId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: true),
                    Company = table.Column<string>(type: "TEXT", nullable: true),
                    InterviewEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InterviewEndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusCheckDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemindAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatusCheckTo = table.Column<string>(type: "TEXT", nullable: true),
                    EmployerDomains = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerAddresses = table.Column<string>(type: "TEXT", nullable: false),
                    SchedulingAddress = table.Column<string>(type: "TEXT", nullable: true),
                    TaskListId = table.Column<string>(type: "TEXT", nullable: true),
                    TaskId = table.Column<string>(type: "TEXT", nullable: true),
                    StatusCheckDraftId = table.Column<string>(type: "TEXT", nullable: true),
                    AutoMode = table.Column<bool>(type: "INTEGER", nullable: true),
                    DueSetByUser = table.Column<bool>(type: "INTEGER", nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DraftedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatusCheckDraftedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedReason = table.Column<string>(type: "TEXT", nullable: true),
                    ReplyMessageId = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scan_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MailboxId = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    DraftsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    TasksCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    GraphRequests = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scan_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "drafts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpRecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_drafts_follow_ups_FollowUpRecordId",
                        column: x => x.FollowUpRecordId,
                        principalTable: "follow_ups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_drafts_FollowUpRecordId_Key",
                table: "drafts",
                columns: new[] { "FollowUpRecordId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_MailboxId_FollowUpId",
                table: "follow_ups",
                columns: new[] { "MailboxId", "FollowUpId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_ups_MailboxId_State",
                table: "follow_ups",
                columns: new[] { "MailboxId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_scan_runs_MailboxId_StartedAt",
                table: "scan_runs",
                columns: new[] { "MailboxId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "drafts");

            migrationBuilder.DropTable(
                name: "scan_runs");

            migrationBuilder.DropTable(
                name: "follow_ups");
        }
    }
}
