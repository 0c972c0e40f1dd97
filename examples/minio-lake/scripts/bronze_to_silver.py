"""bronze_to_silver.py: the lab's ETL step, uploaded by the minio-lake stack.

Reads raw fact CSV rows (bronze), drops rows without an order id, trims and
lower-cases column names, converts amounts to numbers and writes the cleaned
rows (silver). Run locally on files:

    python3 bronze_to_silver.py bronze.csv silver.csv
"""
import csv
import sys


def clean(rows):
    for row in rows:
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items()}
        if not row.get("order_id"):
            continue
        try:
            row["amount"] = f"{float(row.get('amount') or 0):.2f}"
        except ValueError:
            continue
        yield row


def main(src, dst):
    with open(src, newline="") as f_in:
        rows = list(clean(csv.DictReader(f_in)))
    with open(dst, "w", newline="") as f_out:
        if rows:
            writer = csv.DictWriter(f_out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    print(f"{len(rows)} rows written to {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bronze_to_silver.py BRONZE.csv SILVER.csv")
    main(sys.argv[1], sys.argv[2])
