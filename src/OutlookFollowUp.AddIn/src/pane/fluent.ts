// The Fluent UI web components the pane uses, defined once, with the light theme.
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/textarea.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/switch.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/link.js";
import "@fluentui/web-components/spinner.js";

setTheme(webLightTheme);
