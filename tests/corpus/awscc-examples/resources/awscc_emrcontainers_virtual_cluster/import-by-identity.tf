import {
  to = awscc_emrcontainers_virtual_cluster.example
  identity = {
    id = "id"
  }
}
