import {
  to = awscc_opensearchservice_domain.example
  identity = {
    domain_name = "domain_name"
  }
}
