import {
  to = awscc_opensearchservice_domain.example
  id = "domain_name"
}