import {
  to = awscc_route53_cidr_collection.example
  identity = {
    id = "id"
  }
}
