# tests/integration/t1220/repo/jobs/clean.py: the Glue script t1220 uploads
# from stacks/lake (source: ../../jobs/clean.py), as a repository keeps its
# jobs beside its stacks.
print("clean")
