// Sends the Frontdesk contact form without leaving the page, and says what happened in the
// form's live region. Without JavaScript the form posts normally and the proxy answers a page.
document.querySelectorAll("[data-frontdesk-contact]").forEach((form) => {
  const result = form.querySelector(".frontdesk-contact__result");
  form.addEventListener("submit", async (event) => {
    if (!form.reportValidity()) return;
    event.preventDefault();
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
      // The proxy answers JSON in the shopper's language; anything else (Shopify's own error page) is a failure.
      const answer = await response.json();
      result.textContent = answer.message || form.dataset.errorMessage;
      result.hidden = false;
      if (response.ok) form.reset();
    } catch {
      result.textContent = form.dataset.errorMessage;
      result.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
});
