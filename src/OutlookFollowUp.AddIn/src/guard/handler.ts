// The send guard: an event-based OnMessageSend handler (Smart Alerts). Its own bundle, no DOM: classic Outlook on
// Windows runs it in a JavaScript-only runtime. The manifests declare SoftBlock; the handler lets the user
// "send anyway" (PromptUser override, Mailbox 1.14) because a false alarm must never stop a message.
import { alertMessage, checkMessage, type Recipient } from "./check.js";

function getAsync<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T | null> {
  return new Promise((resolve) => {
    call((result) => {
      resolve(result.status === Office.AsyncResultStatus.Succeeded ? result.value : null);
    });
  });
}

async function onMessageSendHandler(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const item = Office.context.mailbox.item as Office.MessageCompose;
    const [body, to, cc, bcc] = await Promise.all([
      getAsync<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
      getAsync<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb)),
      getAsync<Office.EmailAddressDetails[]>((cb) => item.cc.getAsync(cb)),
      getAsync<Office.EmailAddressDetails[]>((cb) => item.bcc.getAsync(cb)),
    ]);
    const recipients: Recipient[] = [...(to ?? []), ...(cc ?? []), ...(bcc ?? [])];
    const findings = body ? checkMessage(body, recipients) : [];
    if (!findings.length) {
      event.completed({ allowEvent: true });
      return;
    }
    const options: Office.SmartAlertsEventCompletedOptions = { allowEvent: false, errorMessage: alertMessage(findings) };
    if (Office.context.requirements.isSetSupported("Mailbox", "1.14")) {
      options.sendModeOverride = Office.MailboxEnums.SendModeOverride.PromptUser;
    }
    event.completed(options);
  } catch {
    // Never hold a message back because the guard itself failed.
    event.completed({ allowEvent: true });
  }
}

Office.actions.associate("onMessageSendHandler", (event: Office.AddinCommands.Event) => {
  void onMessageSendHandler(event);
});
