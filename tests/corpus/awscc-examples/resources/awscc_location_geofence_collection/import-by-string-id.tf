import {
  to = awscc_location_geofence_collection.example
  id = "collection_name"
}