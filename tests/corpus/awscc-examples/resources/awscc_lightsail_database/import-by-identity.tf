import {
  to = awscc_lightsail_database.example
  identity = {
    relational_database_name = "relational_database_name"
  }
}
