import {
  to = awscc_grafana_workspace.example
  identity = {
    id = "id"
  }
}
