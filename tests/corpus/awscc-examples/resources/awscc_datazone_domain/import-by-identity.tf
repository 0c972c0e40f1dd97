import {
  to = awscc_datazone_domain.example
  identity = {
    id = "id"
  }
}
