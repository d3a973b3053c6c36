/// What sort of actor a name denotes.
public enum ActorKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case person, state, organisation, place

    public static func < (a: ActorKind, b: ActorKind) -> Bool { a.order < b.order }

    private var order: Int {
        switch self {
        case .person: 0
        case .state: 1
        case .organisation: 2
        case .place: 3
        }
    }
}
