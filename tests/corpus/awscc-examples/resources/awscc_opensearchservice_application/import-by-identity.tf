import {
  to = awscc_opensearchservice_application.example
  identity = {
    name = "name"
  }
}
