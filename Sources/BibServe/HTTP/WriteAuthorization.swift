import Hummingbird

/// Who may write: a script sending the token as `X-Bibd-Token`, or a browser holding the session cookie from
/// `/login` whose form carries the CSRF field derived from the token. Anything else is refused with a reason.
enum WriteAuthorization {
    static let sessionCookie = "bibd_session"

    /// nil when the write may go ahead, else why not.
    static func refusal(_ request: Request, form: DecisionForm, token: ServeToken) -> String? {
        if let header = request.headers[Reply.tokenHeader] {
            return token.matches(header) ? nil : "the X-Bibd-Token header does not match the store's serve.token"
        }
        guard let session = request.cookies[sessionCookie]?.value else {
            return "no token: send the store's serve.token as X-Bibd-Token, or log in with the URL bibd serve printed"
        }
        guard token.matchesSession(session) else { return "the session cookie is not this store's: log in again" }
        guard token.matchesFormField(form[DecisionForm.csrfField]) else {
            return "the form's \(DecisionForm.csrfField) field is missing or wrong: reload the page and try again"
        }
        return nil
    }

    /// Whether the browser holds a valid session (the pages then show the decision forms).
    static func hasSession(_ request: Request, token: ServeToken) -> Bool {
        token.matchesSession(request.cookies[sessionCookie]?.value)
    }

    /// The Set-Cookie value of a new session: the browser sends it back only to this server, never to a script,
    /// and never on a request another site starts.
    static func sessionCookieHeader(_ token: ServeToken) -> String {
        "\(sessionCookie)=\(token.sessionCookie); Path=/; HttpOnly; SameSite=Strict"
    }
}
