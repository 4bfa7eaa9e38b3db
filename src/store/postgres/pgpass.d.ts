// pgpass (the reader of ~/.pgpass that node-postgres itself uses) ships no types.
declare module 'pgpass' {
  interface ConnectionInfo {
    host?: string;
    port?: string;
    database?: string;
    user?: string;
  }
  function pgpass(connection: ConnectionInfo, callback: (password: string | undefined) => void): void;
  export default pgpass;
}
