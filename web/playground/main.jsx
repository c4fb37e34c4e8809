// The Graph playground: GraphiQL served by the service itself, talking to the same origin's /graphql.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import { exampleTabs } from './examples.js';

const endpoint = new URL('graphql', document.baseURI).toString();
const fetcher = createGraphiQLFetcher({ url: endpoint });

function Playground() {
  return React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: exampleTabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  });
}

createRoot(document.getElementById('graphiql')).render(React.createElement(Playground));
