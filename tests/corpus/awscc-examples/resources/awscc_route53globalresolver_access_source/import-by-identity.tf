import {
  to = awscc_route53globalresolver_access_source.example
  identity = {
    access_source_id = "access_source_id"
  }
}
