using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookFollowUp.Workflow.Ledger.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAt",
                table: "scan_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedInterviewers",
                table: "follow_ups",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CompanyOverride",
                table: "follow_ups",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftsPlacedBy",
                table: "follow_ups",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsMyInterview",
                table: "follow_ups",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoleOverride",
                table: "follow_ups",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangeKey",
                table: "drafts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "drafts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FolderId",
                table: "drafts",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastModifiedAt",
                table: "drafts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "drafts",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Placed");

            migrationBuilder.AddColumn<DateTime>(
                name: "StateChangedAt",
                table: "drafts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebLink",
                table: "drafts",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "interview_claims",
                columns: table => new
                {
                    MailboxId = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    FollowUpId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interview_claims", x => new { x.MailboxId, x.FollowUpId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_scan_runs_MailboxId_Outcome",
                table: "scan_runs",
                columns: new[] { "MailboxId", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interview_claims");

            migrationBuilder.DropIndex(
                name: "IX_scan_runs_MailboxId_Outcome",
                table: "scan_runs");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "scan_runs");

            migrationBuilder.DropColumn(
                name: "AddedInterviewers",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "CompanyOverride",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "DraftsPlacedBy",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "IsMyInterview",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "RoleOverride",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "ChangeKey",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "FolderId",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "LastModifiedAt",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "State",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "StateChangedAt",
                table: "drafts");

            migrationBuilder.DropColumn(
                name: "WebLink",
                table: "drafts");
        }
    }
}
