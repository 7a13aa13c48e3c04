using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookFollowUp.Workflow.Ledger.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DraftLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LanguageOverride",
                table: "follow_ups",
                type: "TEXT",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LanguageOverride",
                table: "follow_ups");
        }
    }
}
