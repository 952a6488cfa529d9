"""The clinician's desk: a server-rendered review app over the notes store (``scribe serve``)."""
