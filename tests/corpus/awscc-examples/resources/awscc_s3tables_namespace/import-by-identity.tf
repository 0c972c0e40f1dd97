import {
  to = awscc_s3tables_namespace.example
  identity = {
    table_bucket_arn = "table_bucket_arn"
    namespace        = "namespace"
  }
}
