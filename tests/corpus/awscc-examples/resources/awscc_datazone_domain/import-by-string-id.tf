import {
  to = awscc_datazone_domain.example
  id = "id"
}