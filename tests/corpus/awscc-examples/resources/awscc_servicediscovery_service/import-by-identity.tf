import {
  to = awscc_servicediscovery_service.example
  identity = {
    id = "id"
  }
}
