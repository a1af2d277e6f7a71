import BibPipeline
import Foundation
import Hummingbird

/// `POST /review/merge|distinct|split`: a person's decision, with the token (see `WriteAuthorization`); then a
/// redirect (303) back to the review page. Refused without the token (403), nothing changed.
enum DecisionRoutes {
    static func add(to router: Router<BasicRequestContext>, _ served: ServedLibrary) {
        for decision in PersonAction.allCases {
            router.post("\(decision.path)") { request, _ -> Response in
                let body: Data
                switch await RequestBody.bounded(request, limit: served.limits.maxBodyBytes) {
                case .success(let data): body = data
                case .failure(let refusal): return refusal.response
                }
                let form = DecisionForm(body)
                if let why = WriteAuthorization.refusal(request, form: form, token: served.token) {
                    return Reply.refusal(.forbidden, why)
                }
                let missing = decision.fields.filter { form[$0] == nil }
                guard missing.isEmpty else {
                    return Reply.refusal(.badRequest, "\(decision.rawValue) needs the form field(s) \(missing.joined(separator: ", "))")
                }
                let fields = form.fields
                do {
                    let account = try await Offload.run { try served.decide(decision, fields) }
                    return Reply.redirect(to: "/review", message: account)
                } catch let e as DecisionError {
                    return Reply.refusal(.conflict, e.description)
                } catch PipelineError.storeBusy {
                    return Reply.refusal(.serviceUnavailable, "another bibd kept the store's write lock past the wait: nothing changed, try again")
                } catch {
                    return Reply.refusal(.internalServerError, "the decision could not be recorded: \(error)")
                }
            }
        }
    }
}

extension PersonAction {
    /// Where the review page's form for it posts.
    var path: String { "/review/" + rawValue }
}
