import {
  to = awscc_route53_cidr_collection.example
  id = "id"
}