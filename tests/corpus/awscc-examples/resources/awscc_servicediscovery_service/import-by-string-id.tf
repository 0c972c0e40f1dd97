import {
  to = awscc_servicediscovery_service.example
  id = "id"
}