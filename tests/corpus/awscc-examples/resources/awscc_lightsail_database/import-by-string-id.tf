import {
  to = awscc_lightsail_database.example
  id = "relational_database_name"
}