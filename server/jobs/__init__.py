"""Background work that reads and writes through store/ like any request: started and
supervised by the serve command (server/serve.py), never inside a phone's request."""
