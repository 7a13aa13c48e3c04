// One lint config: typescript-eslint's strict, type-aware rules plus the Office add-in rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.mjs", "scripts/*.mjs"] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      ...Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"])),
      "office-addins/no-context-sync-in-loop": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      // Text goes into the page with textContent only (a strict CSP comes later).
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Set text with textContent." },
        { property: "outerHTML", message: "Set text with textContent." },
        { property: "insertAdjacentHTML", message: "Build nodes instead." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Indexes are checked by noUncheckedIndexedAccess; a `!` after such a check is deliberate.
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
