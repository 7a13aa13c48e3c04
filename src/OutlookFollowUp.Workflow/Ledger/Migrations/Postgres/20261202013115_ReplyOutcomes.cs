using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookFollowUp.Workflow.Ledger.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyOutcome",
                table: "follow_ups",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReplyReceivedAt",
                table: "follow_ups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SendThanksDoneAt",
                table: "follow_ups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendThanksListId",
                table: "follow_ups",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendThanksTaskId",
                table: "follow_ups",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimelineReplyId",
                table: "follow_ups",
                type: "text",
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
