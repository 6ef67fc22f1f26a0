"""One module per provider: how its token is fetched (through the generated token
operation), where the token and its lifetime are in the answer, and what a
rejected token looks like. Imported only by the public provider modules, so that
tokenkeep itself does not need any generated package installed."""
