// Queries preloaded as tabs in the playground. They name entities by name (search), not by id, so they work on
// whatever graph the service holds.
export const exampleTabs = [
  {
    query: `# Which mediators were involved in which exchanges?
# Each mediator with the exchanges and releases it mediated, and the sentences that say so.
query MediatorsOfExchanges {
  mediators(types: [PRISONER_EXCHANGE, PRISONER_RELEASE, RETURN_OF_REMAINS]) {
    mediator { name kind }
    events { name type time { start end precision } }
    relations {
      evidence { sentence document { title } }
    }
  }
}
`,
  },
  {
    query: `# An actor's timeline: the events Nikol Pashinyan plays a role in.
query Timeline($name: String = "Nikol Pashinyan") {
  entitiesByName(name: $name) {
    id
    name
    ... on Person { offices { title of { name } time { start end } } }
  }
  search(text: $name, kinds: [PERSON], first: 1) {
    node {
      ... on Person {
        events { role event { name type time { start end precision } sources { title } } }
      }
    }
  }
}
`,
  },
  {
    query: `# Paths between two actors: find their ids with search, then ask for the paths.
query Ids {
  icrc: search(text: "ICRC", first: 1) { node { ... on Organization { id name } } }
  russia: search(text: "Russia", kinds: [STATE], first: 1) { node { ... on State { id name } } }
}

query Paths($from: ID = "org:international-committee-of-the-red-cross", $to: ID = "state:russia") {
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    start { ... on Organization { name } }
    steps {
      relation { type role evidence { sentence document { title } } }
      reversed
      node { __typename ... on Event { name } ... on State { name } ... on Person { name } ... on Organization { name } ... on Place { name } }
    }
  }
}
`,
  },
];
