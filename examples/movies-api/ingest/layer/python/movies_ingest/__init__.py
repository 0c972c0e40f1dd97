"""movies_ingest: what every ingest function of the movies platform shares.

Lambda puts the layer's python/ folder on sys.path, so a function imports
these modules as they are:

    from movies_ingest import api, partition
"""
