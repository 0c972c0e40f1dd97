import {
  to = awscc_devopsagent_private_connection.example
  identity = {
    name = "name"
  }
}
