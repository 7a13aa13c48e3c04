using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookFollowUp.Workflow.Ledger.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReplyOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AbsenceReplyId",
                table: "follow_ups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyOutcome",
                table: "follow_ups",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReplyReceivedAt",
                table: "follow_ups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SendThanksDoneAt",
                table: "follow_ups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendThanksListId",
                table: "follow_ups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendThanksTaskId",
                table: "follow_ups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimelineReplyId",
                table: "follow_ups",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AbsenceReplyId",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "ReplyOutcome",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "ReplyReceivedAt",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "SendThanksDoneAt",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "SendThanksListId",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "SendThanksTaskId",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "TimelineReplyId",
                table: "follow_ups");
        }
    }
}
