/** The bundled server's entry (dist/server.js): rnsocial's language server; the client starts it with --stdio. */
import { startServer } from '../../src/lsp/server.js';

startServer();
