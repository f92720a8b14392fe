/**
 * The sign-in forms' permalink (useActionState's third argument): a form submitted before hydration posts to the
 * sign-in page, its callbackUrl riding in a hidden field. Without one React writes action="", which HTML does not
 * allow (a form's action, when present, must be a non-empty URL).
 */
export const SIGN_IN_PERMALINK = "/signin";
