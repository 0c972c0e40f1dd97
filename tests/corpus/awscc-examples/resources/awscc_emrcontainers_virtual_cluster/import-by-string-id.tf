import {
  to = awscc_emrcontainers_virtual_cluster.example
  id = "id"
}