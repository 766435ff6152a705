// THIS IS GENERATED CODE, written by `tests/generated.rs`; do not edit.
// Regenerate with `CONSTNET_REGENERATE=1 cargo test --test generated`.
//! Rows of the typenum → `Const` table: row `H` holds `Const<H·256>` … `Const<H·256 + 255>`
//! as sixteen 16-tuples.

use dfdx::shapes::Const;

/// One row of the typenum → `Const` table, for a high byte `Self`.
pub trait Row {
    /// Sixteen 16-tuples of `Const`s.
    type Cols;
}

impl Row for typenum::consts::U0 {
    type Cols = (
        (Const<0>, Const<1>, Const<2>, Const<3>, Const<4>, Const<5>, Const<6>, Const<7>, Const<8>, Const<9>, Const<10>, Const<11>, Const<12>, Const<13>, Const<14>, Const<15>),
        (Const<16>, Const<17>, Const<18>, Const<19>, Const<20>, Const<21>, Const<22>, Const<23>, Const<24>, Const<25>, Const<26>, Const<27>, Const<28>, Const<29>, Const<30>, Const<31>),
        (Const<32>, Const<33>, Const<34>, Const<35>, Const<36>, Const<37>, Const<38>, Const<39>, Const<40>, Const<41>, Const<42>, Const<43>, Const<44>, Const<45>, Const<46>, Const<47>),
        (Const<48>, Const<49>, Const<50>, Const<51>, Const<52>, Const<53>, Const<54>, Const<55>, Const<56>, Const<57>, Const<58>, Const<59>, Const<60>, Const<61>, Const<62>, Const<63>),
        (Const<64>, Const<65>, Const<66>, Const<67>, Const<68>, Const<69>, Const<70>, Const<71>, Const<72>, Const<73>, Const<74>, Const<75>, Const<76>, Const<77>, Const<78>, Const<79>),
        (Const<80>, Const<81>, Const<82>, Const<83>, Const<84>, Const<85>, Const<86>, Const<87>, Const<88>, Const<89>, Const<90>, Const<91>, Const<92>, Const<93>, Const<94>, Const<95>),
        (Const<96>, Const<97>, Const<98>, Const<99>, Const<100>, Const<101>, Const<102>, Const<103>, Const<104>, Const<105>, Const<106>, Const<107>, Const<108>, Const<109>, Const<110>, Const<111>),
        (Const<112>, Const<113>, Const<114>, Const<115>, Const<116>, Const<117>, Const<118>, Const<119>, Const<120>, Const<121>, Const<122>, Const<123>, Const<124>, Const<125>, Const<126>, Const<127>),
        (Const<128>, Const<129>, Const<130>, Const<131>, Const<132>, Const<133>, Const<134>, Const<135>, Const<136>, Const<137>, Const<138>, Const<139>, Const<140>, Const<141>, Const<142>, Const<143>),
        (Const<144>, Const<145>, Const<146>, Const<147>, Const<148>, Const<149>, Const<150>, Const<151>, Const<152>, Const<153>, Const<154>, Const<155>, Const<156>, Const<157>, Const<158>, Const<159>),
        (Const<160>, Const<161>, Const<162>, Const<163>, Const<164>, Const<165>, Const<166>, Const<167>, Const<168>, Const<169>, Const<170>, Const<171>, Const<172>, Const<173>, Const<174>, Const<175>),
        (Const<176>, Const<177>, Const<178>, Const<179>, Const<180>, Const<181>, Const<182>, Const<183>, Const<184>, Const<185>, Const<186>, Const<187>, Const<188>, Const<189>, Const<190>, Const<191>),
        (Const<192>, Const<193>, Const<194>, Const<195>, Const<196>, Const<197>, Const<198>, Const<199>, Const<200>, Const<201>, Const<202>, Const<203>, Const<204>, Const<205>, Const<206>, Const<207>),
        (Const<208>, Const<209>, Const<210>, Const<211>, Const<212>, Const<213>, Const<214>, Const<215>, Const<216>, Const<217>, Const<218>, Const<219>, Const<220>, Const<221>, Const<222>, Const<223>),
        (Const<224>, Const<225>, Const<226>, Const<227>, Const<228>, Const<229>, Const<230>, Const<231>, Const<232>, Const<233>, Const<234>, Const<235>, Const<236>, Const<237>, Const<238>, Const<239>),
        (Const<240>, Const<241>, Const<242>, Const<243>, Const<244>, Const<245>, Const<246>, Const<247>, Const<248>, Const<249>, Const<250>, Const<251>, Const<252>, Const<253>, Const<254>, Const<255>),
    );
}

impl Row for typenum::consts::U1 {
    type Cols = (
        (Const<256>, Const<257>, Const<258>, Const<259>, Const<260>, Const<261>, Const<262>, Const<263>, Const<264>, Const<265>, Const<266>, Const<267>, Const<268>, Const<269>, Const<270>, Const<271>),
        (Const<272>, Const<273>, Const<274>, Const<275>, Const<276>, Const<277>, Const<278>, Const<279>, Const<280>, Const<281>, Const<282>, Const<283>, Const<284>, Const<285>, Const<286>, Const<287>),
        (Const<288>, Const<289>, Const<290>, Const<291>, Const<292>, Const<293>, Const<294>, Const<295>, Const<296>, Const<297>, Const<298>, Const<299>, Const<300>, Const<301>, Const<302>, Const<303>),
        (Const<304>, Const<305>, Const<306>, Const<307>, Const<308>, Const<309>, Const<310>, Const<311>, Const<312>, Const<313>, Const<314>, Const<315>, Const<316>, Const<317>, Const<318>, Const<319>),
        (Const<320>, Const<321>, Const<322>, Const<323>, Const<324>, Const<325>, Const<326>, Const<327>, Const<328>, Const<329>, Const<330>, Const<331>, Const<332>, Const<333>, Const<334>, Const<335>),
        (Const<336>, Const<337>, Const<338>, Const<339>, Const<340>, Const<341>, Const<342>, Const<343>, Const<344>, Const<345>, Const<346>, Const<347>, Const<348>, Const<349>, Const<350>, Const<351>),
        (Const<352>, Const<353>, Const<354>, Const<355>, Const<356>, Const<357>, Const<358>, Const<359>, Const<360>, Const<361>, Const<362>, Const<363>, Const<364>, Const<365>, Const<366>, Const<367>),
        (Const<368>, Const<369>, Const<370>, Const<371>, Const<372>, Const<373>, Const<374>, Const<375>, Const<376>, Const<377>, Const<378>, Const<379>, Const<380>, Const<381>, Const<382>, Const<383>),
        (Const<384>, Const<385>, Const<386>, Const<387>, Const<388>, Const<389>, Const<390>, Const<391>, Const<392>, Const<393>, Const<394>, Const<395>, Const<396>, Const<397>, Const<398>, Const<399>),
        (Const<400>, Const<401>, Const<402>, Const<403>, Const<404>, Const<405>, Const<406>, Const<407>, Const<408>, Const<409>, Const<410>, Const<411>, Const<412>, Const<413>, Const<414>, Const<415>),
        (Const<416>, Const<417>, Const<418>, Const<419>, Const<420>, Const<421>, Const<422>, Const<423>, Const<424>, Const<425>, Const<426>, Const<427>, Const<428>, Const<429>, Const<430>, Const<431>),
        (Const<432>, Const<433>, Const<434>, Const<435>, Const<436>, Const<437>, Const<438>, Const<439>, Const<440>, Const<441>, Const<442>, Const<443>, Const<444>, Const<445>, Const<446>, Const<447>),
        (Const<448>, Const<449>, Const<450>, Const<451>, Const<452>, Const<453>, Const<454>, Const<455>, Const<456>, Const<457>, Const<458>, Const<459>, Const<460>, Const<461>, Const<462>, Const<463>),
        (Const<464>, Const<465>, Const<466>, Const<467>, Const<468>, Const<469>, Const<470>, Const<471>, Const<472>, Const<473>, Const<474>, Const<475>, Const<476>, Const<477>, Const<478>, Const<479>),
        (Const<480>, Const<481>, Const<482>, Const<483>, Const<484>, Const<485>, Const<486>, Const<487>, Const<488>, Const<489>, Const<490>, Const<491>, Const<492>, Const<493>, Const<494>, Const<495>),
        (Const<496>, Const<497>, Const<498>, Const<499>, Const<500>, Const<501>, Const<502>, Const<503>, Const<504>, Const<505>, Const<506>, Const<507>, Const<508>, Const<509>, Const<510>, Const<511>),
    );
}

impl Row for typenum::consts::U2 {
    type Cols = (
        (Const<512>, Const<513>, Const<514>, Const<515>, Const<516>, Const<517>, Const<518>, Const<519>, Const<520>, Const<521>, Const<522>, Const<523>, Const<524>, Const<525>, Const<526>, Const<527>),
        (Const<528>, Const<529>, Const<530>, Const<531>, Const<532>, Const<533>, Const<534>, Const<535>, Const<536>, Const<537>, Const<538>, Const<539>, Const<540>, Const<541>, Const<542>, Const<543>),
        (Const<544>, Const<545>, Const<546>, Const<547>, Const<548>, Const<549>, Const<550>, Const<551>, Const<552>, Const<553>, Const<554>, Const<555>, Const<556>, Const<557>, Const<558>, Const<559>),
        (Const<560>, Const<561>, Const<562>, Const<563>, Const<564>, Const<565>, Const<566>, Const<567>, Const<568>, Const<569>, Const<570>, Const<571>, Const<572>, Const<573>, Const<574>, Const<575>),
        (Const<576>, Const<577>, Const<578>, Const<579>, Const<580>, Const<581>, Const<582>, Const<583>, Const<584>, Const<585>, Const<586>, Const<587>, Const<588>, Const<589>, Const<590>, Const<591>),
        (Const<592>, Const<593>, Const<594>, Const<595>, Const<596>, Const<597>, Const<598>, Const<599>, Const<600>, Const<601>, Const<602>, Const<603>, Const<604>, Const<605>, Const<606>, Const<607>),
        (Const<608>, Const<609>, Const<610>, Const<611>, Const<612>, Const<613>, Const<614>, Const<615>, Const<616>, Const<617>, Const<618>, Const<619>, Const<620>, Const<621>, Const<622>, Const<623>),
        (Const<624>, Const<625>, Const<626>, Const<627>, Const<628>, Const<629>, Const<630>, Const<631>, Const<632>, Const<633>, Const<634>, Const<635>, Const<636>, Const<637>, Const<638>, Const<639>),
        (Const<640>, Const<641>, Const<642>, Const<643>, Const<644>, Const<645>, Const<646>, Const<647>, Const<648>, Const<649>, Const<650>, Const<651>, Const<652>, Const<653>, Const<654>, Const<655>),
        (Const<656>, Const<657>, Const<658>, Const<659>, Const<660>, Const<661>, Const<662>, Const<663>, Const<664>, Const<665>, Const<666>, Const<667>, Const<668>, Const<669>, Const<670>, Const<671>),
        (Const<672>, Const<673>, Const<674>, Const<675>, Const<676>, Const<677>, Const<678>, Const<679>, Const<680>, Const<681>, Const<682>, Const<683>, Const<684>, Const<685>, Const<686>, Const<687>),
        (Const<688>, Const<689>, Const<690>, Const<691>, Const<692>, Const<693>, Const<694>, Const<695>, Const<696>, Const<697>, Const<698>, Const<699>, Const<700>, Const<701>, Const<702>, Const<703>),
        (Const<704>, Const<705>, Const<706>, Const<707>, Const<708>, Const<709>, Const<710>, Const<711>, Const<712>, Const<713>, Const<714>, Const<715>, Const<716>, Const<717>, Const<718>, Const<719>),
        (Const<720>, Const<721>, Const<722>, Const<723>, Const<724>, Const<725>, Const<726>, Const<727>, Const<728>, Const<729>, Const<730>, Const<731>, Const<732>, Const<733>, Const<734>, Const<735>),
        (Const<736>, Const<737>, Const<738>, Const<739>, Const<740>, Const<741>, Const<742>, Const<743>, Const<744>, Const<745>, Const<746>, Const<747>, Const<748>, Const<749>, Const<750>, Const<751>),
        (Const<752>, Const<753>, Const<754>, Const<755>, Const<756>, Const<757>, Const<758>, Const<759>, Const<760>, Const<761>, Const<762>, Const<763>, Const<764>, Const<765>, Const<766>, Const<767>),
    );
}

impl Row for typenum::consts::U3 {
    type Cols = (
        (Const<768>, Const<769>, Const<770>, Const<771>, Const<772>, Const<773>, Const<774>, Const<775>, Const<776>, Const<777>, Const<778>, Const<779>, Const<780>, Const<781>, Const<782>, Const<783>),
        (Const<784>, Const<785>, Const<786>, Const<787>, Const<788>, Const<789>, Const<790>, Const<791>, Const<792>, Const<793>, Const<794>, Const<795>, Const<796>, Const<797>, Const<798>, Const<799>),
        (Const<800>, Const<801>, Const<802>, Const<803>, Const<804>, Const<805>, Const<806>, Const<807>, Const<808>, Const<809>, Const<810>, Const<811>, Const<812>, Const<813>, Const<814>, Const<815>),
        (Const<816>, Const<817>, Const<818>, Const<819>, Const<820>, Const<821>, Const<822>, Const<823>, Const<824>, Const<825>, Const<826>, Const<827>, Const<828>, Const<829>, Const<830>, Const<831>),
        (Const<832>, Const<833>, Const<834>, Const<835>, Const<836>, Const<837>, Const<838>, Const<839>, Const<840>, Const<841>, Const<842>, Const<843>, Const<844>, Const<845>, Const<846>, Const<847>),
        (Const<848>, Const<849>, Const<850>, Const<851>, Const<852>, Const<853>, Const<854>, Const<855>, Const<856>, Const<857>, Const<858>, Const<859>, Const<860>, Const<861>, Const<862>, Const<863>),
        (Const<864>, Const<865>, Const<866>, Const<867>, Const<868>, Const<869>, Const<870>, Const<871>, Const<872>, Const<873>, Const<874>, Const<875>, Const<876>, Const<877>, Const<878>, Const<879>),
        (Const<880>, Const<881>, Const<882>, Const<883>, Const<884>, Const<885>, Const<886>, Const<887>, Const<888>, Const<889>, Const<890>, Const<891>, Const<892>, Const<893>, Const<894>, Const<895>),
        (Const<896>, Const<897>, Const<898>, Const<899>, Const<900>, Const<901>, Const<902>, Const<903>, Const<904>, Const<905>, Const<906>, Const<907>, Const<908>, Const<909>, Const<910>, Const<911>),
        (Const<912>, Const<913>, Const<914>, Const<915>, Const<916>, Const<917>, Const<918>, Const<919>, Const<920>, Const<921>, Const<922>, Const<923>, Const<924>, Const<925>, Const<926>, Const<927>),
        (Const<928>, Const<929>, Const<930>, Const<931>, Const<932>, Const<933>, Const<934>, Const<935>, Const<936>, Const<937>, Const<938>, Const<939>, Const<940>, Const<941>, Const<942>, Const<943>),
        (Const<944>, Const<945>, Const<946>, Const<947>, Const<948>, Const<949>, Const<950>, Const<951>, Const<952>, Const<953>, Const<954>, Const<955>, Const<956>, Const<957>, Const<958>, Const<959>),
        (Const<960>, Const<961>, Const<962>, Const<963>, Const<964>, Const<965>, Const<966>, Const<967>, Const<968>, Const<969>, Const<970>, Const<971>, Const<972>, Const<973>, Const<974>, Const<975>),
        (Const<976>, Const<977>, Const<978>, Const<979>, Const<980>, Const<981>, Const<982>, Const<983>, Const<984>, Const<985>, Const<986>, Const<987>, Const<988>, Const<989>, Const<990>, Const<991>),
        (Const<992>, Const<993>, Const<994>, Const<995>, Const<996>, Const<997>, Const<998>, Const<999>, Const<1000>, Const<1001>, Const<1002>, Const<1003>, Const<1004>, Const<1005>, Const<1006>, Const<1007>),
        (Const<1008>, Const<1009>, Const<1010>, Const<1011>, Const<1012>, Const<1013>, Const<1014>, Const<1015>, Const<1016>, Const<1017>, Const<1018>, Const<1019>, Const<1020>, Const<1021>, Const<1022>, Const<1023>),
    );
}

impl Row for typenum::consts::U4 {
    type Cols = (
        (Const<1024>, Const<1025>, Const<1026>, Const<1027>, Const<1028>, Const<1029>, Const<1030>, Const<1031>, Const<1032>, Const<1033>, Const<1034>, Const<1035>, Const<1036>, Const<1037>, Const<1038>, Const<1039>),
        (Const<1040>, Const<1041>, Const<1042>, Const<1043>, Const<1044>, Const<1045>, Const<1046>, Const<1047>, Const<1048>, Const<1049>, Const<1050>, Const<1051>, Const<1052>, Const<1053>, Const<1054>, Const<1055>),
        (Const<1056>, Const<1057>, Const<1058>, Const<1059>, Const<1060>, Const<1061>, Const<1062>, Const<1063>, Const<1064>, Const<1065>, Const<1066>, Const<1067>, Const<1068>, Const<1069>, Const<1070>, Const<1071>),
        (Const<1072>, Const<1073>, Const<1074>, Const<1075>, Const<1076>, Const<1077>, Const<1078>, Const<1079>, Const<1080>, Const<1081>, Const<1082>, Const<1083>, Const<1084>, Const<1085>, Const<1086>, Const<1087>),
        (Const<1088>, Const<1089>, Const<1090>, Const<1091>, Const<1092>, Const<1093>, Const<1094>, Const<1095>, Const<1096>, Const<1097>, Const<1098>, Const<1099>, Const<1100>, Const<1101>, Const<1102>, Const<1103>),
        (Const<1104>, Const<1105>, Const<1106>, Const<1107>, Const<1108>, Const<1109>, Const<1110>, Const<1111>, Const<1112>, Const<1113>, Const<1114>, Const<1115>, Const<1116>, Const<1117>, Const<1118>, Const<1119>),
        (Const<1120>, Const<1121>, Const<1122>, Const<1123>, Const<1124>, Const<1125>, Const<1126>, Const<1127>, Const<1128>, Const<1129>, Const<1130>, Const<1131>, Const<1132>, Const<1133>, Const<1134>, Const<1135>),
        (Const<1136>, Const<1137>, Const<1138>, Const<1139>, Const<1140>, Const<1141>, Const<1142>, Const<1143>, Const<1144>, Const<1145>, Const<1146>, Const<1147>, Const<1148>, Const<1149>, Const<1150>, Const<1151>),
        (Const<1152>, Const<1153>, Const<1154>, Const<1155>, Const<1156>, Const<1157>, Const<1158>, Const<1159>, Const<1160>, Const<1161>, Const<1162>, Const<1163>, Const<1164>, Const<1165>, Const<1166>, Const<1167>),
        (Const<1168>, Const<1169>, Const<1170>, Const<1171>, Const<1172>, Const<1173>, Const<1174>, Const<1175>, Const<1176>, Const<1177>, Const<1178>, Const<1179>, Const<1180>, Const<1181>, Const<1182>, Const<1183>),
        (Const<1184>, Const<1185>, Const<1186>, Const<1187>, Const<1188>, Const<1189>, Const<1190>, Const<1191>, Const<1192>, Const<1193>, Const<1194>, Const<1195>, Const<1196>, Const<1197>, Const<1198>, Const<1199>),
        (Const<1200>, Const<1201>, Const<1202>, Const<1203>, Const<1204>, Const<1205>, Const<1206>, Const<1207>, Const<1208>, Const<1209>, Const<1210>, Const<1211>, Const<1212>, Const<1213>, Const<1214>, Const<1215>),
        (Const<1216>, Const<1217>, Const<1218>, Const<1219>, Const<1220>, Const<1221>, Const<1222>, Const<1223>, Const<1224>, Const<1225>, Const<1226>, Const<1227>, Const<1228>, Const<1229>, Const<1230>, Const<1231>),
        (Const<1232>, Const<1233>, Const<1234>, Const<1235>, Const<1236>, Const<1237>, Const<1238>, Const<1239>, Const<1240>, Const<1241>, Const<1242>, Const<1243>, Const<1244>, Const<1245>, Const<1246>, Const<1247>),
        (Const<1248>, Const<1249>, Const<1250>, Const<1251>, Const<1252>, Const<1253>, Const<1254>, Const<1255>, Const<1256>, Const<1257>, Const<1258>, Const<1259>, Const<1260>, Const<1261>, Const<1262>, Const<1263>),
        (Const<1264>, Const<1265>, Const<1266>, Const<1267>, Const<1268>, Const<1269>, Const<1270>, Const<1271>, Const<1272>, Const<1273>, Const<1274>, Const<1275>, Const<1276>, Const<1277>, Const<1278>, Const<1279>),
    );
}

impl Row for typenum::consts::U5 {
    type Cols = (
        (Const<1280>, Const<1281>, Const<1282>, Const<1283>, Const<1284>, Const<1285>, Const<1286>, Const<1287>, Const<1288>, Const<1289>, Const<1290>, Const<1291>, Const<1292>, Const<1293>, Const<1294>, Const<1295>),
        (Const<1296>, Const<1297>, Const<1298>, Const<1299>, Const<1300>, Const<1301>, Const<1302>, Const<1303>, Const<1304>, Const<1305>, Const<1306>, Const<1307>, Const<1308>, Const<1309>, Const<1310>, Const<1311>),
        (Const<1312>, Const<1313>, Const<1314>, Const<1315>, Const<1316>, Const<1317>, Const<1318>, Const<1319>, Const<1320>, Const<1321>, Const<1322>, Const<1323>, Const<1324>, Const<1325>, Const<1326>, Const<1327>),
        (Const<1328>, Const<1329>, Const<1330>, Const<1331>, Const<1332>, Const<1333>, Const<1334>, Const<1335>, Const<1336>, Const<1337>, Const<1338>, Const<1339>, Const<1340>, Const<1341>, Const<1342>, Const<1343>),
        (Const<1344>, Const<1345>, Const<1346>, Const<1347>, Const<1348>, Const<1349>, Const<1350>, Const<1351>, Const<1352>, Const<1353>, Const<1354>, Const<1355>, Const<1356>, Const<1357>, Const<1358>, Const<1359>),
        (Const<1360>, Const<1361>, Const<1362>, Const<1363>, Const<1364>, Const<1365>, Const<1366>, Const<1367>, Const<1368>, Const<1369>, Const<1370>, Const<1371>, Const<1372>, Const<1373>, Const<1374>, Const<1375>),
        (Const<1376>, Const<1377>, Const<1378>, Const<1379>, Const<1380>, Const<1381>, Const<1382>, Const<1383>, Const<1384>, Const<1385>, Const<1386>, Const<1387>, Const<1388>, Const<1389>, Const<1390>, Const<1391>),
        (Const<1392>, Const<1393>, Const<1394>, Const<1395>, Const<1396>, Const<1397>, Const<1398>, Const<1399>, Const<1400>, Const<1401>, Const<1402>, Const<1403>, Const<1404>, Const<1405>, Const<1406>, Const<1407>),
        (Const<1408>, Const<1409>, Const<1410>, Const<1411>, Const<1412>, Const<1413>, Const<1414>, Const<1415>, Const<1416>, Const<1417>, Const<1418>, Const<1419>, Const<1420>, Const<1421>, Const<1422>, Const<1423>),
        (Const<1424>, Const<1425>, Const<1426>, Const<1427>, Const<1428>, Const<1429>, Const<1430>, Const<1431>, Const<1432>, Const<1433>, Const<1434>, Const<1435>, Const<1436>, Const<1437>, Const<1438>, Const<1439>),
        (Const<1440>, Const<1441>, Const<1442>, Const<1443>, Const<1444>, Const<1445>, Const<1446>, Const<1447>, Const<1448>, Const<1449>, Const<1450>, Const<1451>, Const<1452>, Const<1453>, Const<1454>, Const<1455>),
        (Const<1456>, Const<1457>, Const<1458>, Const<1459>, Const<1460>, Const<1461>, Const<1462>, Const<1463>, Const<1464>, Const<1465>, Const<1466>, Const<1467>, Const<1468>, Const<1469>, Const<1470>, Const<1471>),
        (Const<1472>, Const<1473>, Const<1474>, Const<1475>, Const<1476>, Const<1477>, Const<1478>, Const<1479>, Const<1480>, Const<1481>, Const<1482>, Const<1483>, Const<1484>, Const<1485>, Const<1486>, Const<1487>),
        (Const<1488>, Const<1489>, Const<1490>, Const<1491>, Const<1492>, Const<1493>, Const<1494>, Const<1495>, Const<1496>, Const<1497>, Const<1498>, Const<1499>, Const<1500>, Const<1501>, Const<1502>, Const<1503>),
        (Const<1504>, Const<1505>, Const<1506>, Const<1507>, Const<1508>, Const<1509>, Const<1510>, Const<1511>, Const<1512>, Const<1513>, Const<1514>, Const<1515>, Const<1516>, Const<1517>, Const<1518>, Const<1519>),
        (Const<1520>, Const<1521>, Const<1522>, Const<1523>, Const<1524>, Const<1525>, Const<1526>, Const<1527>, Const<1528>, Const<1529>, Const<1530>, Const<1531>, Const<1532>, Const<1533>, Const<1534>, Const<1535>),
    );
}

impl Row for typenum::consts::U6 {
    type Cols = (
        (Const<1536>, Const<1537>, Const<1538>, Const<1539>, Const<1540>, Const<1541>, Const<1542>, Const<1543>, Const<1544>, Const<1545>, Const<1546>, Const<1547>, Const<1548>, Const<1549>, Const<1550>, Const<1551>),
        (Const<1552>, Const<1553>, Const<1554>, Const<1555>, Const<1556>, Const<1557>, Const<1558>, Const<1559>, Const<1560>, Const<1561>, Const<1562>, Const<1563>, Const<1564>, Const<1565>, Const<1566>, Const<1567>),
        (Const<1568>, Const<1569>, Const<1570>, Const<1571>, Const<1572>, Const<1573>, Const<1574>, Const<1575>, Const<1576>, Const<1577>, Const<1578>, Const<1579>, Const<1580>, Const<1581>, Const<1582>, Const<1583>),
        (Const<1584>, Const<1585>, Const<1586>, Const<1587>, Const<1588>, Const<1589>, Const<1590>, Const<1591>, Const<1592>, Const<1593>, Const<1594>, Const<1595>, Const<1596>, Const<1597>, Const<1598>, Const<1599>),
        (Const<1600>, Const<1601>, Const<1602>, Const<1603>, Const<1604>, Const<1605>, Const<1606>, Const<1607>, Const<1608>, Const<1609>, Const<1610>, Const<1611>, Const<1612>, Const<1613>, Const<1614>, Const<1615>),
        (Const<1616>, Const<1617>, Const<1618>, Const<1619>, Const<1620>, Const<1621>, Const<1622>, Const<1623>, Const<1624>, Const<1625>, Const<1626>, Const<1627>, Const<1628>, Const<1629>, Const<1630>, Const<1631>),
        (Const<1632>, Const<1633>, Const<1634>, Const<1635>, Const<1636>, Const<1637>, Const<1638>, Const<1639>, Const<1640>, Const<1641>, Const<1642>, Const<1643>, Const<1644>, Const<1645>, Const<1646>, Const<1647>),
        (Const<1648>, Const<1649>, Const<1650>, Const<1651>, Const<1652>, Const<1653>, Const<1654>, Const<1655>, Const<1656>, Const<1657>, Const<1658>, Const<1659>, Const<1660>, Const<1661>, Const<1662>, Const<1663>),
        (Const<1664>, Const<1665>, Const<1666>, Const<1667>, Const<1668>, Const<1669>, Const<1670>, Const<1671>, Const<1672>, Const<1673>, Const<1674>, Const<1675>, Const<1676>, Const<1677>, Const<1678>, Const<1679>),
        (Const<1680>, Const<1681>, Const<1682>, Const<1683>, Const<1684>, Const<1685>, Const<1686>, Const<1687>, Const<1688>, Const<1689>, Const<1690>, Const<1691>, Const<1692>, Const<1693>, Const<1694>, Const<1695>),
        (Const<1696>, Const<1697>, Const<1698>, Const<1699>, Const<1700>, Const<1701>, Const<1702>, Const<1703>, Const<1704>, Const<1705>, Const<1706>, Const<1707>, Const<1708>, Const<1709>, Const<1710>, Const<1711>),
        (Const<1712>, Const<1713>, Const<1714>, Const<1715>, Const<1716>, Const<1717>, Const<1718>, Const<1719>, Const<1720>, Const<1721>, Const<1722>, Const<1723>, Const<1724>, Const<1725>, Const<1726>, Const<1727>),
        (Const<1728>, Const<1729>, Const<1730>, Const<1731>, Const<1732>, Const<1733>, Const<1734>, Const<1735>, Const<1736>, Const<1737>, Const<1738>, Const<1739>, Const<1740>, Const<1741>, Const<1742>, Const<1743>),
        (Const<1744>, Const<1745>, Const<1746>, Const<1747>, Const<1748>, Const<1749>, Const<1750>, Const<1751>, Const<1752>, Const<1753>, Const<1754>, Const<1755>, Const<1756>, Const<1757>, Const<1758>, Const<1759>),
        (Const<1760>, Const<1761>, Const<1762>, Const<1763>, Const<1764>, Const<1765>, Const<1766>, Const<1767>, Const<1768>, Const<1769>, Const<1770>, Const<1771>, Const<1772>, Const<1773>, Const<1774>, Const<1775>),
        (Const<1776>, Const<1777>, Const<1778>, Const<1779>, Const<1780>, Const<1781>, Const<1782>, Const<1783>, Const<1784>, Const<1785>, Const<1786>, Const<1787>, Const<1788>, Const<1789>, Const<1790>, Const<1791>),
    );
}

impl Row for typenum::consts::U7 {
    type Cols = (
        (Const<1792>, Const<1793>, Const<1794>, Const<1795>, Const<1796>, Const<1797>, Const<1798>, Const<1799>, Const<1800>, Const<1801>, Const<1802>, Const<1803>, Const<1804>, Const<1805>, Const<1806>, Const<1807>),
        (Const<1808>, Const<1809>, Const<1810>, Const<1811>, Const<1812>, Const<1813>, Const<1814>, Const<1815>, Const<1816>, Const<1817>, Const<1818>, Const<1819>, Const<1820>, Const<1821>, Const<1822>, Const<1823>),
        (Const<1824>, Const<1825>, Const<1826>, Const<1827>, Const<1828>, Const<1829>, Const<1830>, Const<1831>, Const<1832>, Const<1833>, Const<1834>, Const<1835>, Const<1836>, Const<1837>, Const<1838>, Const<1839>),
        (Const<1840>, Const<1841>, Const<1842>, Const<1843>, Const<1844>, Const<1845>, Const<1846>, Const<1847>, Const<1848>, Const<1849>, Const<1850>, Const<1851>, Const<1852>, Const<1853>, Const<1854>, Const<1855>),
        (Const<1856>, Const<1857>, Const<1858>, Const<1859>, Const<1860>, Const<1861>, Const<1862>, Const<1863>, Const<1864>, Const<1865>, Const<1866>, Const<1867>, Const<1868>, Const<1869>, Const<1870>, Const<1871>),
        (Const<1872>, Const<1873>, Const<1874>, Const<1875>, Const<1876>, Const<1877>, Const<1878>, Const<1879>, Const<1880>, Const<1881>, Const<1882>, Const<1883>, Const<1884>, Const<1885>, Const<1886>, Const<1887>),
        (Const<1888>, Const<1889>, Const<1890>, Const<1891>, Const<1892>, Const<1893>, Const<1894>, Const<1895>, Const<1896>, Const<1897>, Const<1898>, Const<1899>, Const<1900>, Const<1901>, Const<1902>, Const<1903>),
        (Const<1904>, Const<1905>, Const<1906>, Const<1907>, Const<1908>, Const<1909>, Const<1910>, Const<1911>, Const<1912>, Const<1913>, Const<1914>, Const<1915>, Const<1916>, Const<1917>, Const<1918>, Const<1919>),
        (Const<1920>, Const<1921>, Const<1922>, Const<1923>, Const<1924>, Const<1925>, Const<1926>, Const<1927>, Const<1928>, Const<1929>, Const<1930>, Const<1931>, Const<1932>, Const<1933>, Const<1934>, Const<1935>),
        (Const<1936>, Const<1937>, Const<1938>, Const<1939>, Const<1940>, Const<1941>, Const<1942>, Const<1943>, Const<1944>, Const<1945>, Const<1946>, Const<1947>, Const<1948>, Const<1949>, Const<1950>, Const<1951>),
        (Const<1952>, Const<1953>, Const<1954>, Const<1955>, Const<1956>, Const<1957>, Const<1958>, Const<1959>, Const<1960>, Const<1961>, Const<1962>, Const<1963>, Const<1964>, Const<1965>, Const<1966>, Const<1967>),
        (Const<1968>, Const<1969>, Const<1970>, Const<1971>, Const<1972>, Const<1973>, Const<1974>, Const<1975>, Const<1976>, Const<1977>, Const<1978>, Const<1979>, Const<1980>, Const<1981>, Const<1982>, Const<1983>),
        (Const<1984>, Const<1985>, Const<1986>, Const<1987>, Const<1988>, Const<1989>, Const<1990>, Const<1991>, Const<1992>, Const<1993>, Const<1994>, Const<1995>, Const<1996>, Const<1997>, Const<1998>, Const<1999>),
        (Const<2000>, Const<2001>, Const<2002>, Const<2003>, Const<2004>, Const<2005>, Const<2006>, Const<2007>, Const<2008>, Const<2009>, Const<2010>, Const<2011>, Const<2012>, Const<2013>, Const<2014>, Const<2015>),
        (Const<2016>, Const<2017>, Const<2018>, Const<2019>, Const<2020>, Const<2021>, Const<2022>, Const<2023>, Const<2024>, Const<2025>, Const<2026>, Const<2027>, Const<2028>, Const<2029>, Const<2030>, Const<2031>),
        (Const<2032>, Const<2033>, Const<2034>, Const<2035>, Const<2036>, Const<2037>, Const<2038>, Const<2039>, Const<2040>, Const<2041>, Const<2042>, Const<2043>, Const<2044>, Const<2045>, Const<2046>, Const<2047>),
    );
}

impl Row for typenum::consts::U8 {
    type Cols = (
        (Const<2048>, Const<2049>, Const<2050>, Const<2051>, Const<2052>, Const<2053>, Const<2054>, Const<2055>, Const<2056>, Const<2057>, Const<2058>, Const<2059>, Const<2060>, Const<2061>, Const<2062>, Const<2063>),
        (Const<2064>, Const<2065>, Const<2066>, Const<2067>, Const<2068>, Const<2069>, Const<2070>, Const<2071>, Const<2072>, Const<2073>, Const<2074>, Const<2075>, Const<2076>, Const<2077>, Const<2078>, Const<2079>),
        (Const<2080>, Const<2081>, Const<2082>, Const<2083>, Const<2084>, Const<2085>, Const<2086>, Const<2087>, Const<2088>, Const<2089>, Const<2090>, Const<2091>, Const<2092>, Const<2093>, Const<2094>, Const<2095>),
        (Const<2096>, Const<2097>, Const<2098>, Const<2099>, Const<2100>, Const<2101>, Const<2102>, Const<2103>, Const<2104>, Const<2105>, Const<2106>, Const<2107>, Const<2108>, Const<2109>, Const<2110>, Const<2111>),
        (Const<2112>, Const<2113>, Const<2114>, Const<2115>, Const<2116>, Const<2117>, Const<2118>, Const<2119>, Const<2120>, Const<2121>, Const<2122>, Const<2123>, Const<2124>, Const<2125>, Const<2126>, Const<2127>),
        (Const<2128>, Const<2129>, Const<2130>, Const<2131>, Const<2132>, Const<2133>, Const<2134>, Const<2135>, Const<2136>, Const<2137>, Const<2138>, Const<2139>, Const<2140>, Const<2141>, Const<2142>, Const<2143>),
        (Const<2144>, Const<2145>, Const<2146>, Const<2147>, Const<2148>, Const<2149>, Const<2150>, Const<2151>, Const<2152>, Const<2153>, Const<2154>, Const<2155>, Const<2156>, Const<2157>, Const<2158>, Const<2159>),
        (Const<2160>, Const<2161>, Const<2162>, Const<2163>, Const<2164>, Const<2165>, Const<2166>, Const<2167>, Const<2168>, Const<2169>, Const<2170>, Const<2171>, Const<2172>, Const<2173>, Const<2174>, Const<2175>),
        (Const<2176>, Const<2177>, Const<2178>, Const<2179>, Const<2180>, Const<2181>, Const<2182>, Const<2183>, Const<2184>, Const<2185>, Const<2186>, Const<2187>, Const<2188>, Const<2189>, Const<2190>, Const<2191>),
        (Const<2192>, Const<2193>, Const<2194>, Const<2195>, Const<2196>, Const<2197>, Const<2198>, Const<2199>, Const<2200>, Const<2201>, Const<2202>, Const<2203>, Const<2204>, Const<2205>, Const<2206>, Const<2207>),
        (Const<2208>, Const<2209>, Const<2210>, Const<2211>, Const<2212>, Const<2213>, Const<2214>, Const<2215>, Const<2216>, Const<2217>, Const<2218>, Const<2219>, Const<2220>, Const<2221>, Const<2222>, Const<2223>),
        (Const<2224>, Const<2225>, Const<2226>, Const<2227>, Const<2228>, Const<2229>, Const<2230>, Const<2231>, Const<2232>, Const<2233>, Const<2234>, Const<2235>, Const<2236>, Const<2237>, Const<2238>, Const<2239>),
        (Const<2240>, Const<2241>, Const<2242>, Const<2243>, Const<2244>, Const<2245>, Const<2246>, Const<2247>, Const<2248>, Const<2249>, Const<2250>, Const<2251>, Const<2252>, Const<2253>, Const<2254>, Const<2255>),
        (Const<2256>, Const<2257>, Const<2258>, Const<2259>, Const<2260>, Const<2261>, Const<2262>, Const<2263>, Const<2264>, Const<2265>, Const<2266>, Const<2267>, Const<2268>, Const<2269>, Const<2270>, Const<2271>),
        (Const<2272>, Const<2273>, Const<2274>, Const<2275>, Const<2276>, Const<2277>, Const<2278>, Const<2279>, Const<2280>, Const<2281>, Const<2282>, Const<2283>, Const<2284>, Const<2285>, Const<2286>, Const<2287>),
        (Const<2288>, Const<2289>, Const<2290>, Const<2291>, Const<2292>, Const<2293>, Const<2294>, Const<2295>, Const<2296>, Const<2297>, Const<2298>, Const<2299>, Const<2300>, Const<2301>, Const<2302>, Const<2303>),
    );
}

impl Row for typenum::consts::U9 {
    type Cols = (
        (Const<2304>, Const<2305>, Const<2306>, Const<2307>, Const<2308>, Const<2309>, Const<2310>, Const<2311>, Const<2312>, Const<2313>, Const<2314>, Const<2315>, Const<2316>, Const<2317>, Const<2318>, Const<2319>),
        (Const<2320>, Const<2321>, Const<2322>, Const<2323>, Const<2324>, Const<2325>, Const<2326>, Const<2327>, Const<2328>, Const<2329>, Const<2330>, Const<2331>, Const<2332>, Const<2333>, Const<2334>, Const<2335>),
        (Const<2336>, Const<2337>, Const<2338>, Const<2339>, Const<2340>, Const<2341>, Const<2342>, Const<2343>, Const<2344>, Const<2345>, Const<2346>, Const<2347>, Const<2348>, Const<2349>, Const<2350>, Const<2351>),
        (Const<2352>, Const<2353>, Const<2354>, Const<2355>, Const<2356>, Const<2357>, Const<2358>, Const<2359>, Const<2360>, Const<2361>, Const<2362>, Const<2363>, Const<2364>, Const<2365>, Const<2366>, Const<2367>),
        (Const<2368>, Const<2369>, Const<2370>, Const<2371>, Const<2372>, Const<2373>, Const<2374>, Const<2375>, Const<2376>, Const<2377>, Const<2378>, Const<2379>, Const<2380>, Const<2381>, Const<2382>, Const<2383>),
        (Const<2384>, Const<2385>, Const<2386>, Const<2387>, Const<2388>, Const<2389>, Const<2390>, Const<2391>, Const<2392>, Const<2393>, Const<2394>, Const<2395>, Const<2396>, Const<2397>, Const<2398>, Const<2399>),
        (Const<2400>, Const<2401>, Const<2402>, Const<2403>, Const<2404>, Const<2405>, Const<2406>, Const<2407>, Const<2408>, Const<2409>, Const<2410>, Const<2411>, Const<2412>, Const<2413>, Const<2414>, Const<2415>),
        (Const<2416>, Const<2417>, Const<2418>, Const<2419>, Const<2420>, Const<2421>, Const<2422>, Const<2423>, Const<2424>, Const<2425>, Const<2426>, Const<2427>, Const<2428>, Const<2429>, Const<2430>, Const<2431>),
        (Const<2432>, Const<2433>, Const<2434>, Const<2435>, Const<2436>, Const<2437>, Const<2438>, Const<2439>, Const<2440>, Const<2441>, Const<2442>, Const<2443>, Const<2444>, Const<2445>, Const<2446>, Const<2447>),
        (Const<2448>, Const<2449>, Const<2450>, Const<2451>, Const<2452>, Const<2453>, Const<2454>, Const<2455>, Const<2456>, Const<2457>, Const<2458>, Const<2459>, Const<2460>, Const<2461>, Const<2462>, Const<2463>),
        (Const<2464>, Const<2465>, Const<2466>, Const<2467>, Const<2468>, Const<2469>, Const<2470>, Const<2471>, Const<2472>, Const<2473>, Const<2474>, Const<2475>, Const<2476>, Const<2477>, Const<2478>, Const<2479>),
        (Const<2480>, Const<2481>, Const<2482>, Const<2483>, Const<2484>, Const<2485>, Const<2486>, Const<2487>, Const<2488>, Const<2489>, Const<2490>, Const<2491>, Const<2492>, Const<2493>, Const<2494>, Const<2495>),
        (Const<2496>, Const<2497>, Const<2498>, Const<2499>, Const<2500>, Const<2501>, Const<2502>, Const<2503>, Const<2504>, Const<2505>, Const<2506>, Const<2507>, Const<2508>, Const<2509>, Const<2510>, Const<2511>),
        (Const<2512>, Const<2513>, Const<2514>, Const<2515>, Const<2516>, Const<2517>, Const<2518>, Const<2519>, Const<2520>, Const<2521>, Const<2522>, Const<2523>, Const<2524>, Const<2525>, Const<2526>, Const<2527>),
        (Const<2528>, Const<2529>, Const<2530>, Const<2531>, Const<2532>, Const<2533>, Const<2534>, Const<2535>, Const<2536>, Const<2537>, Const<2538>, Const<2539>, Const<2540>, Const<2541>, Const<2542>, Const<2543>),
        (Const<2544>, Const<2545>, Const<2546>, Const<2547>, Const<2548>, Const<2549>, Const<2550>, Const<2551>, Const<2552>, Const<2553>, Const<2554>, Const<2555>, Const<2556>, Const<2557>, Const<2558>, Const<2559>),
    );
}

impl Row for typenum::consts::U10 {
    type Cols = (
        (Const<2560>, Const<2561>, Const<2562>, Const<2563>, Const<2564>, Const<2565>, Const<2566>, Const<2567>, Const<2568>, Const<2569>, Const<2570>, Const<2571>, Const<2572>, Const<2573>, Const<2574>, Const<2575>),
        (Const<2576>, Const<2577>, Const<2578>, Const<2579>, Const<2580>, Const<2581>, Const<2582>, Const<2583>, Const<2584>, Const<2585>, Const<2586>, Const<2587>, Const<2588>, Const<2589>, Const<2590>, Const<2591>),
        (Const<2592>, Const<2593>, Const<2594>, Const<2595>, Const<2596>, Const<2597>, Const<2598>, Const<2599>, Const<2600>, Const<2601>, Const<2602>, Const<2603>, Const<2604>, Const<2605>, Const<2606>, Const<2607>),
        (Const<2608>, Const<2609>, Const<2610>, Const<2611>, Const<2612>, Const<2613>, Const<2614>, Const<2615>, Const<2616>, Const<2617>, Const<2618>, Const<2619>, Const<2620>, Const<2621>, Const<2622>, Const<2623>),
        (Const<2624>, Const<2625>, Const<2626>, Const<2627>, Const<2628>, Const<2629>, Const<2630>, Const<2631>, Const<2632>, Const<2633>, Const<2634>, Const<2635>, Const<2636>, Const<2637>, Const<2638>, Const<2639>),
        (Const<2640>, Const<2641>, Const<2642>, Const<2643>, Const<2644>, Const<2645>, Const<2646>, Const<2647>, Const<2648>, Const<2649>, Const<2650>, Const<2651>, Const<2652>, Const<2653>, Const<2654>, Const<2655>),
        (Const<2656>, Const<2657>, Const<2658>, Const<2659>, Const<2660>, Const<2661>, Const<2662>, Const<2663>, Const<2664>, Const<2665>, Const<2666>, Const<2667>, Const<2668>, Const<2669>, Const<2670>, Const<2671>),
        (Const<2672>, Const<2673>, Const<2674>, Const<2675>, Const<2676>, Const<2677>, Const<2678>, Const<2679>, Const<2680>, Const<2681>, Const<2682>, Const<2683>, Const<2684>, Const<2685>, Const<2686>, Const<2687>),
        (Const<2688>, Const<2689>, Const<2690>, Const<2691>, Const<2692>, Const<2693>, Const<2694>, Const<2695>, Const<2696>, Const<2697>, Const<2698>, Const<2699>, Const<2700>, Const<2701>, Const<2702>, Const<2703>),
        (Const<2704>, Const<2705>, Const<2706>, Const<2707>, Const<2708>, Const<2709>, Const<2710>, Const<2711>, Const<2712>, Const<2713>, Const<2714>, Const<2715>, Const<2716>, Const<2717>, Const<2718>, Const<2719>),
        (Const<2720>, Const<2721>, Const<2722>, Const<2723>, Const<2724>, Const<2725>, Const<2726>, Const<2727>, Const<2728>, Const<2729>, Const<2730>, Const<2731>, Const<2732>, Const<2733>, Const<2734>, Const<2735>),
        (Const<2736>, Const<2737>, Const<2738>, Const<2739>, Const<2740>, Const<2741>, Const<2742>, Const<2743>, Const<2744>, Const<2745>, Const<2746>, Const<2747>, Const<2748>, Const<2749>, Const<2750>, Const<2751>),
        (Const<2752>, Const<2753>, Const<2754>, Const<2755>, Const<2756>, Const<2757>, Const<2758>, Const<2759>, Const<2760>, Const<2761>, Const<2762>, Const<2763>, Const<2764>, Const<2765>, Const<2766>, Const<2767>),
        (Const<2768>, Const<2769>, Const<2770>, Const<2771>, Const<2772>, Const<2773>, Const<2774>, Const<2775>, Const<2776>, Const<2777>, Const<2778>, Const<2779>, Const<2780>, Const<2781>, Const<2782>, Const<2783>),
        (Const<2784>, Const<2785>, Const<2786>, Const<2787>, Const<2788>, Const<2789>, Const<2790>, Const<2791>, Const<2792>, Const<2793>, Const<2794>, Const<2795>, Const<2796>, Const<2797>, Const<2798>, Const<2799>),
        (Const<2800>, Const<2801>, Const<2802>, Const<2803>, Const<2804>, Const<2805>, Const<2806>, Const<2807>, Const<2808>, Const<2809>, Const<2810>, Const<2811>, Const<2812>, Const<2813>, Const<2814>, Const<2815>),
    );
}

impl Row for typenum::consts::U11 {
    type Cols = (
        (Const<2816>, Const<2817>, Const<2818>, Const<2819>, Const<2820>, Const<2821>, Const<2822>, Const<2823>, Const<2824>, Const<2825>, Const<2826>, Const<2827>, Const<2828>, Const<2829>, Const<2830>, Const<2831>),
        (Const<2832>, Const<2833>, Const<2834>, Const<2835>, Const<2836>, Const<2837>, Const<2838>, Const<2839>, Const<2840>, Const<2841>, Const<2842>, Const<2843>, Const<2844>, Const<2845>, Const<2846>, Const<2847>),
        (Const<2848>, Const<2849>, Const<2850>, Const<2851>, Const<2852>, Const<2853>, Const<2854>, Const<2855>, Const<2856>, Const<2857>, Const<2858>, Const<2859>, Const<2860>, Const<2861>, Const<2862>, Const<2863>),
        (Const<2864>, Const<2865>, Const<2866>, Const<2867>, Const<2868>, Const<2869>, Const<2870>, Const<2871>, Const<2872>, Const<2873>, Const<2874>, Const<2875>, Const<2876>, Const<2877>, Const<2878>, Const<2879>),
        (Const<2880>, Const<2881>, Const<2882>, Const<2883>, Const<2884>, Const<2885>, Const<2886>, Const<2887>, Const<2888>, Const<2889>, Const<2890>, Const<2891>, Const<2892>, Const<2893>, Const<2894>, Const<2895>),
        (Const<2896>, Const<2897>, Const<2898>, Const<2899>, Const<2900>, Const<2901>, Const<2902>, Const<2903>, Const<2904>, Const<2905>, Const<2906>, Const<2907>, Const<2908>, Const<2909>, Const<2910>, Const<2911>),
        (Const<2912>, Const<2913>, Const<2914>, Const<2915>, Const<2916>, Const<2917>, Const<2918>, Const<2919>, Const<2920>, Const<2921>, Const<2922>, Const<2923>, Const<2924>, Const<2925>, Const<2926>, Const<2927>),
        (Const<2928>, Const<2929>, Const<2930>, Const<2931>, Const<2932>, Const<2933>, Const<2934>, Const<2935>, Const<2936>, Const<2937>, Const<2938>, Const<2939>, Const<2940>, Const<2941>, Const<2942>, Const<2943>),
        (Const<2944>, Const<2945>, Const<2946>, Const<2947>, Const<2948>, Const<2949>, Const<2950>, Const<2951>, Const<2952>, Const<2953>, Const<2954>, Const<2955>, Const<2956>, Const<2957>, Const<2958>, Const<2959>),
        (Const<2960>, Const<2961>, Const<2962>, Const<2963>, Const<2964>, Const<2965>, Const<2966>, Const<2967>, Const<2968>, Const<2969>, Const<2970>, Const<2971>, Const<2972>, Const<2973>, Const<2974>, Const<2975>),
        (Const<2976>, Const<2977>, Const<2978>, Const<2979>, Const<2980>, Const<2981>, Const<2982>, Const<2983>, Const<2984>, Const<2985>, Const<2986>, Const<2987>, Const<2988>, Const<2989>, Const<2990>, Const<2991>),
        (Const<2992>, Const<2993>, Const<2994>, Const<2995>, Const<2996>, Const<2997>, Const<2998>, Const<2999>, Const<3000>, Const<3001>, Const<3002>, Const<3003>, Const<3004>, Const<3005>, Const<3006>, Const<3007>),
        (Const<3008>, Const<3009>, Const<3010>, Const<3011>, Const<3012>, Const<3013>, Const<3014>, Const<3015>, Const<3016>, Const<3017>, Const<3018>, Const<3019>, Const<3020>, Const<3021>, Const<3022>, Const<3023>),
        (Const<3024>, Const<3025>, Const<3026>, Const<3027>, Const<3028>, Const<3029>, Const<3030>, Const<3031>, Const<3032>, Const<3033>, Const<3034>, Const<3035>, Const<3036>, Const<3037>, Const<3038>, Const<3039>),
        (Const<3040>, Const<3041>, Const<3042>, Const<3043>, Const<3044>, Const<3045>, Const<3046>, Const<3047>, Const<3048>, Const<3049>, Const<3050>, Const<3051>, Const<3052>, Const<3053>, Const<3054>, Const<3055>),
        (Const<3056>, Const<3057>, Const<3058>, Const<3059>, Const<3060>, Const<3061>, Const<3062>, Const<3063>, Const<3064>, Const<3065>, Const<3066>, Const<3067>, Const<3068>, Const<3069>, Const<3070>, Const<3071>),
    );
}

impl Row for typenum::consts::U12 {
    type Cols = (
        (Const<3072>, Const<3073>, Const<3074>, Const<3075>, Const<3076>, Const<3077>, Const<3078>, Const<3079>, Const<3080>, Const<3081>, Const<3082>, Const<3083>, Const<3084>, Const<3085>, Const<3086>, Const<3087>),
        (Const<3088>, Const<3089>, Const<3090>, Const<3091>, Const<3092>, Const<3093>, Const<3094>, Const<3095>, Const<3096>, Const<3097>, Const<3098>, Const<3099>, Const<3100>, Const<3101>, Const<3102>, Const<3103>),
        (Const<3104>, Const<3105>, Const<3106>, Const<3107>, Const<3108>, Const<3109>, Const<3110>, Const<3111>, Const<3112>, Const<3113>, Const<3114>, Const<3115>, Const<3116>, Const<3117>, Const<3118>, Const<3119>),
        (Const<3120>, Const<3121>, Const<3122>, Const<3123>, Const<3124>, Const<3125>, Const<3126>, Const<3127>, Const<3128>, Const<3129>, Const<3130>, Const<3131>, Const<3132>, Const<3133>, Const<3134>, Const<3135>),
        (Const<3136>, Const<3137>, Const<3138>, Const<3139>, Const<3140>, Const<3141>, Const<3142>, Const<3143>, Const<3144>, Const<3145>, Const<3146>, Const<3147>, Const<3148>, Const<3149>, Const<3150>, Const<3151>),
        (Const<3152>, Const<3153>, Const<3154>, Const<3155>, Const<3156>, Const<3157>, Const<3158>, Const<3159>, Const<3160>, Const<3161>, Const<3162>, Const<3163>, Const<3164>, Const<3165>, Const<3166>, Const<3167>),
        (Const<3168>, Const<3169>, Const<3170>, Const<3171>, Const<3172>, Const<3173>, Const<3174>, Const<3175>, Const<3176>, Const<3177>, Const<3178>, Const<3179>, Const<3180>, Const<3181>, Const<3182>, Const<3183>),
        (Const<3184>, Const<3185>, Const<3186>, Const<3187>, Const<3188>, Const<3189>, Const<3190>, Const<3191>, Const<3192>, Const<3193>, Const<3194>, Const<3195>, Const<3196>, Const<3197>, Const<3198>, Const<3199>),
        (Const<3200>, Const<3201>, Const<3202>, Const<3203>, Const<3204>, Const<3205>, Const<3206>, Const<3207>, Const<3208>, Const<3209>, Const<3210>, Const<3211>, Const<3212>, Const<3213>, Const<3214>, Const<3215>),
        (Const<3216>, Const<3217>, Const<3218>, Const<3219>, Const<3220>, Const<3221>, Const<3222>, Const<3223>, Const<3224>, Const<3225>, Const<3226>, Const<3227>, Const<3228>, Const<3229>, Const<3230>, Const<3231>),
        (Const<3232>, Const<3233>, Const<3234>, Const<3235>, Const<3236>, Const<3237>, Const<3238>, Const<3239>, Const<3240>, Const<3241>, Const<3242>, Const<3243>, Const<3244>, Const<3245>, Const<3246>, Const<3247>),
        (Const<3248>, Const<3249>, Const<3250>, Const<3251>, Const<3252>, Const<3253>, Const<3254>, Const<3255>, Const<3256>, Const<3257>, Const<3258>, Const<3259>, Const<3260>, Const<3261>, Const<3262>, Const<3263>),
        (Const<3264>, Const<3265>, Const<3266>, Const<3267>, Const<3268>, Const<3269>, Const<3270>, Const<3271>, Const<3272>, Const<3273>, Const<3274>, Const<3275>, Const<3276>, Const<3277>, Const<3278>, Const<3279>),
        (Const<3280>, Const<3281>, Const<3282>, Const<3283>, Const<3284>, Const<3285>, Const<3286>, Const<3287>, Const<3288>, Const<3289>, Const<3290>, Const<3291>, Const<3292>, Const<3293>, Const<3294>, Const<3295>),
        (Const<3296>, Const<3297>, Const<3298>, Const<3299>, Const<3300>, Const<3301>, Const<3302>, Const<3303>, Const<3304>, Const<3305>, Const<3306>, Const<3307>, Const<3308>, Const<3309>, Const<3310>, Const<3311>),
        (Const<3312>, Const<3313>, Const<3314>, Const<3315>, Const<3316>, Const<3317>, Const<3318>, Const<3319>, Const<3320>, Const<3321>, Const<3322>, Const<3323>, Const<3324>, Const<3325>, Const<3326>, Const<3327>),
    );
}

impl Row for typenum::consts::U13 {
    type Cols = (
        (Const<3328>, Const<3329>, Const<3330>, Const<3331>, Const<3332>, Const<3333>, Const<3334>, Const<3335>, Const<3336>, Const<3337>, Const<3338>, Const<3339>, Const<3340>, Const<3341>, Const<3342>, Const<3343>),
        (Const<3344>, Const<3345>, Const<3346>, Const<3347>, Const<3348>, Const<3349>, Const<3350>, Const<3351>, Const<3352>, Const<3353>, Const<3354>, Const<3355>, Const<3356>, Const<3357>, Const<3358>, Const<3359>),
        (Const<3360>, Const<3361>, Const<3362>, Const<3363>, Const<3364>, Const<3365>, Const<3366>, Const<3367>, Const<3368>, Const<3369>, Const<3370>, Const<3371>, Const<3372>, Const<3373>, Const<3374>, Const<3375>),
        (Const<3376>, Const<3377>, Const<3378>, Const<3379>, Const<3380>, Const<3381>, Const<3382>, Const<3383>, Const<3384>, Const<3385>, Const<3386>, Const<3387>, Const<3388>, Const<3389>, Const<3390>, Const<3391>),
        (Const<3392>, Const<3393>, Const<3394>, Const<3395>, Const<3396>, Const<3397>, Const<3398>, Const<3399>, Const<3400>, Const<3401>, Const<3402>, Const<3403>, Const<3404>, Const<3405>, Const<3406>, Const<3407>),
        (Const<3408>, Const<3409>, Const<3410>, Const<3411>, Const<3412>, Const<3413>, Const<3414>, Const<3415>, Const<3416>, Const<3417>, Const<3418>, Const<3419>, Const<3420>, Const<3421>, Const<3422>, Const<3423>),
        (Const<3424>, Const<3425>, Const<3426>, Const<3427>, Const<3428>, Const<3429>, Const<3430>, Const<3431>, Const<3432>, Const<3433>, Const<3434>, Const<3435>, Const<3436>, Const<3437>, Const<3438>, Const<3439>),
        (Const<3440>, Const<3441>, Const<3442>, Const<3443>, Const<3444>, Const<3445>, Const<3446>, Const<3447>, Const<3448>, Const<3449>, Const<3450>, Const<3451>, Const<3452>, Const<3453>, Const<3454>, Const<3455>),
        (Const<3456>, Const<3457>, Const<3458>, Const<3459>, Const<3460>, Const<3461>, Const<3462>, Const<3463>, Const<3464>, Const<3465>, Const<3466>, Const<3467>, Const<3468>, Const<3469>, Const<3470>, Const<3471>),
        (Const<3472>, Const<3473>, Const<3474>, Const<3475>, Const<3476>, Const<3477>, Const<3478>, Const<3479>, Const<3480>, Const<3481>, Const<3482>, Const<3483>, Const<3484>, Const<3485>, Const<3486>, Const<3487>),
        (Const<3488>, Const<3489>, Const<3490>, Const<3491>, Const<3492>, Const<3493>, Const<3494>, Const<3495>, Const<3496>, Const<3497>, Const<3498>, Const<3499>, Const<3500>, Const<3501>, Const<3502>, Const<3503>),
        (Const<3504>, Const<3505>, Const<3506>, Const<3507>, Const<3508>, Const<3509>, Const<3510>, Const<3511>, Const<3512>, Const<3513>, Const<3514>, Const<3515>, Const<3516>, Const<3517>, Const<3518>, Const<3519>),
        (Const<3520>, Const<3521>, Const<3522>, Const<3523>, Const<3524>, Const<3525>, Const<3526>, Const<3527>, Const<3528>, Const<3529>, Const<3530>, Const<3531>, Const<3532>, Const<3533>, Const<3534>, Const<3535>),
        (Const<3536>, Const<3537>, Const<3538>, Const<3539>, Const<3540>, Const<3541>, Const<3542>, Const<3543>, Const<3544>, Const<3545>, Const<3546>, Const<3547>, Const<3548>, Const<3549>, Const<3550>, Const<3551>),
        (Const<3552>, Const<3553>, Const<3554>, Const<3555>, Const<3556>, Const<3557>, Const<3558>, Const<3559>, Const<3560>, Const<3561>, Const<3562>, Const<3563>, Const<3564>, Const<3565>, Const<3566>, Const<3567>),
        (Const<3568>, Const<3569>, Const<3570>, Const<3571>, Const<3572>, Const<3573>, Const<3574>, Const<3575>, Const<3576>, Const<3577>, Const<3578>, Const<3579>, Const<3580>, Const<3581>, Const<3582>, Const<3583>),
    );
}

impl Row for typenum::consts::U14 {
    type Cols = (
        (Const<3584>, Const<3585>, Const<3586>, Const<3587>, Const<3588>, Const<3589>, Const<3590>, Const<3591>, Const<3592>, Const<3593>, Const<3594>, Const<3595>, Const<3596>, Const<3597>, Const<3598>, Const<3599>),
        (Const<3600>, Const<3601>, Const<3602>, Const<3603>, Const<3604>, Const<3605>, Const<3606>, Const<3607>, Const<3608>, Const<3609>, Const<3610>, Const<3611>, Const<3612>, Const<3613>, Const<3614>, Const<3615>),
        (Const<3616>, Const<3617>, Const<3618>, Const<3619>, Const<3620>, Const<3621>, Const<3622>, Const<3623>, Const<3624>, Const<3625>, Const<3626>, Const<3627>, Const<3628>, Const<3629>, Const<3630>, Const<3631>),
        (Const<3632>, Const<3633>, Const<3634>, Const<3635>, Const<3636>, Const<3637>, Const<3638>, Const<3639>, Const<3640>, Const<3641>, Const<3642>, Const<3643>, Const<3644>, Const<3645>, Const<3646>, Const<3647>),
        (Const<3648>, Const<3649>, Const<3650>, Const<3651>, Const<3652>, Const<3653>, Const<3654>, Const<3655>, Const<3656>, Const<3657>, Const<3658>, Const<3659>, Const<3660>, Const<3661>, Const<3662>, Const<3663>),
        (Const<3664>, Const<3665>, Const<3666>, Const<3667>, Const<3668>, Const<3669>, Const<3670>, Const<3671>, Const<3672>, Const<3673>, Const<3674>, Const<3675>, Const<3676>, Const<3677>, Const<3678>, Const<3679>),
        (Const<3680>, Const<3681>, Const<3682>, Const<3683>, Const<3684>, Const<3685>, Const<3686>, Const<3687>, Const<3688>, Const<3689>, Const<3690>, Const<3691>, Const<3692>, Const<3693>, Const<3694>, Const<3695>),
        (Const<3696>, Const<3697>, Const<3698>, Const<3699>, Const<3700>, Const<3701>, Const<3702>, Const<3703>, Const<3704>, Const<3705>, Const<3706>, Const<3707>, Const<3708>, Const<3709>, Const<3710>, Const<3711>),
        (Const<3712>, Const<3713>, Const<3714>, Const<3715>, Const<3716>, Const<3717>, Const<3718>, Const<3719>, Const<3720>, Const<3721>, Const<3722>, Const<3723>, Const<3724>, Const<3725>, Const<3726>, Const<3727>),
        (Const<3728>, Const<3729>, Const<3730>, Const<3731>, Const<3732>, Const<3733>, Const<3734>, Const<3735>, Const<3736>, Const<3737>, Const<3738>, Const<3739>, Const<3740>, Const<3741>, Const<3742>, Const<3743>),
        (Const<3744>, Const<3745>, Const<3746>, Const<3747>, Const<3748>, Const<3749>, Const<3750>, Const<3751>, Const<3752>, Const<3753>, Const<3754>, Const<3755>, Const<3756>, Const<3757>, Const<3758>, Const<3759>),
        (Const<3760>, Const<3761>, Const<3762>, Const<3763>, Const<3764>, Const<3765>, Const<3766>, Const<3767>, Const<3768>, Const<3769>, Const<3770>, Const<3771>, Const<3772>, Const<3773>, Const<3774>, Const<3775>),
        (Const<3776>, Const<3777>, Const<3778>, Const<3779>, Const<3780>, Const<3781>, Const<3782>, Const<3783>, Const<3784>, Const<3785>, Const<3786>, Const<3787>, Const<3788>, Const<3789>, Const<3790>, Const<3791>),
        (Const<3792>, Const<3793>, Const<3794>, Const<3795>, Const<3796>, Const<3797>, Const<3798>, Const<3799>, Const<3800>, Const<3801>, Const<3802>, Const<3803>, Const<3804>, Const<3805>, Const<3806>, Const<3807>),
        (Const<3808>, Const<3809>, Const<3810>, Const<3811>, Const<3812>, Const<3813>, Const<3814>, Const<3815>, Const<3816>, Const<3817>, Const<3818>, Const<3819>, Const<3820>, Const<3821>, Const<3822>, Const<3823>),
        (Const<3824>, Const<3825>, Const<3826>, Const<3827>, Const<3828>, Const<3829>, Const<3830>, Const<3831>, Const<3832>, Const<3833>, Const<3834>, Const<3835>, Const<3836>, Const<3837>, Const<3838>, Const<3839>),
    );
}

impl Row for typenum::consts::U15 {
    type Cols = (
        (Const<3840>, Const<3841>, Const<3842>, Const<3843>, Const<3844>, Const<3845>, Const<3846>, Const<3847>, Const<3848>, Const<3849>, Const<3850>, Const<3851>, Const<3852>, Const<3853>, Const<3854>, Const<3855>),
        (Const<3856>, Const<3857>, Const<3858>, Const<3859>, Const<3860>, Const<3861>, Const<3862>, Const<3863>, Const<3864>, Const<3865>, Const<3866>, Const<3867>, Const<3868>, Const<3869>, Const<3870>, Const<3871>),
        (Const<3872>, Const<3873>, Const<3874>, Const<3875>, Const<3876>, Const<3877>, Const<3878>, Const<3879>, Const<3880>, Const<3881>, Const<3882>, Const<3883>, Const<3884>, Const<3885>, Const<3886>, Const<3887>),
        (Const<3888>, Const<3889>, Const<3890>, Const<3891>, Const<3892>, Const<3893>, Const<3894>, Const<3895>, Const<3896>, Const<3897>, Const<3898>, Const<3899>, Const<3900>, Const<3901>, Const<3902>, Const<3903>),
        (Const<3904>, Const<3905>, Const<3906>, Const<3907>, Const<3908>, Const<3909>, Const<3910>, Const<3911>, Const<3912>, Const<3913>, Const<3914>, Const<3915>, Const<3916>, Const<3917>, Const<3918>, Const<3919>),
        (Const<3920>, Const<3921>, Const<3922>, Const<3923>, Const<3924>, Const<3925>, Const<3926>, Const<3927>, Const<3928>, Const<3929>, Const<3930>, Const<3931>, Const<3932>, Const<3933>, Const<3934>, Const<3935>),
        (Const<3936>, Const<3937>, Const<3938>, Const<3939>, Const<3940>, Const<3941>, Const<3942>, Const<3943>, Const<3944>, Const<3945>, Const<3946>, Const<3947>, Const<3948>, Const<3949>, Const<3950>, Const<3951>),
        (Const<3952>, Const<3953>, Const<3954>, Const<3955>, Const<3956>, Const<3957>, Const<3958>, Const<3959>, Const<3960>, Const<3961>, Const<3962>, Const<3963>, Const<3964>, Const<3965>, Const<3966>, Const<3967>),
        (Const<3968>, Const<3969>, Const<3970>, Const<3971>, Const<3972>, Const<3973>, Const<3974>, Const<3975>, Const<3976>, Const<3977>, Const<3978>, Const<3979>, Const<3980>, Const<3981>, Const<3982>, Const<3983>),
        (Const<3984>, Const<3985>, Const<3986>, Const<3987>, Const<3988>, Const<3989>, Const<3990>, Const<3991>, Const<3992>, Const<3993>, Const<3994>, Const<3995>, Const<3996>, Const<3997>, Const<3998>, Const<3999>),
        (Const<4000>, Const<4001>, Const<4002>, Const<4003>, Const<4004>, Const<4005>, Const<4006>, Const<4007>, Const<4008>, Const<4009>, Const<4010>, Const<4011>, Const<4012>, Const<4013>, Const<4014>, Const<4015>),
        (Const<4016>, Const<4017>, Const<4018>, Const<4019>, Const<4020>, Const<4021>, Const<4022>, Const<4023>, Const<4024>, Const<4025>, Const<4026>, Const<4027>, Const<4028>, Const<4029>, Const<4030>, Const<4031>),
        (Const<4032>, Const<4033>, Const<4034>, Const<4035>, Const<4036>, Const<4037>, Const<4038>, Const<4039>, Const<4040>, Const<4041>, Const<4042>, Const<4043>, Const<4044>, Const<4045>, Const<4046>, Const<4047>),
        (Const<4048>, Const<4049>, Const<4050>, Const<4051>, Const<4052>, Const<4053>, Const<4054>, Const<4055>, Const<4056>, Const<4057>, Const<4058>, Const<4059>, Const<4060>, Const<4061>, Const<4062>, Const<4063>),
        (Const<4064>, Const<4065>, Const<4066>, Const<4067>, Const<4068>, Const<4069>, Const<4070>, Const<4071>, Const<4072>, Const<4073>, Const<4074>, Const<4075>, Const<4076>, Const<4077>, Const<4078>, Const<4079>),
        (Const<4080>, Const<4081>, Const<4082>, Const<4083>, Const<4084>, Const<4085>, Const<4086>, Const<4087>, Const<4088>, Const<4089>, Const<4090>, Const<4091>, Const<4092>, Const<4093>, Const<4094>, Const<4095>),
    );
}

impl Row for typenum::consts::U16 {
    type Cols = (
        (Const<4096>, Const<4097>, Const<4098>, Const<4099>, Const<4100>, Const<4101>, Const<4102>, Const<4103>, Const<4104>, Const<4105>, Const<4106>, Const<4107>, Const<4108>, Const<4109>, Const<4110>, Const<4111>),
        (Const<4112>, Const<4113>, Const<4114>, Const<4115>, Const<4116>, Const<4117>, Const<4118>, Const<4119>, Const<4120>, Const<4121>, Const<4122>, Const<4123>, Const<4124>, Const<4125>, Const<4126>, Const<4127>),
        (Const<4128>, Const<4129>, Const<4130>, Const<4131>, Const<4132>, Const<4133>, Const<4134>, Const<4135>, Const<4136>, Const<4137>, Const<4138>, Const<4139>, Const<4140>, Const<4141>, Const<4142>, Const<4143>),
        (Const<4144>, Const<4145>, Const<4146>, Const<4147>, Const<4148>, Const<4149>, Const<4150>, Const<4151>, Const<4152>, Const<4153>, Const<4154>, Const<4155>, Const<4156>, Const<4157>, Const<4158>, Const<4159>),
        (Const<4160>, Const<4161>, Const<4162>, Const<4163>, Const<4164>, Const<4165>, Const<4166>, Const<4167>, Const<4168>, Const<4169>, Const<4170>, Const<4171>, Const<4172>, Const<4173>, Const<4174>, Const<4175>),
        (Const<4176>, Const<4177>, Const<4178>, Const<4179>, Const<4180>, Const<4181>, Const<4182>, Const<4183>, Const<4184>, Const<4185>, Const<4186>, Const<4187>, Const<4188>, Const<4189>, Const<4190>, Const<4191>),
        (Const<4192>, Const<4193>, Const<4194>, Const<4195>, Const<4196>, Const<4197>, Const<4198>, Const<4199>, Const<4200>, Const<4201>, Const<4202>, Const<4203>, Const<4204>, Const<4205>, Const<4206>, Const<4207>),
        (Const<4208>, Const<4209>, Const<4210>, Const<4211>, Const<4212>, Const<4213>, Const<4214>, Const<4215>, Const<4216>, Const<4217>, Const<4218>, Const<4219>, Const<4220>, Const<4221>, Const<4222>, Const<4223>),
        (Const<4224>, Const<4225>, Const<4226>, Const<4227>, Const<4228>, Const<4229>, Const<4230>, Const<4231>, Const<4232>, Const<4233>, Const<4234>, Const<4235>, Const<4236>, Const<4237>, Const<4238>, Const<4239>),
        (Const<4240>, Const<4241>, Const<4242>, Const<4243>, Const<4244>, Const<4245>, Const<4246>, Const<4247>, Const<4248>, Const<4249>, Const<4250>, Const<4251>, Const<4252>, Const<4253>, Const<4254>, Const<4255>),
        (Const<4256>, Const<4257>, Const<4258>, Const<4259>, Const<4260>, Const<4261>, Const<4262>, Const<4263>, Const<4264>, Const<4265>, Const<4266>, Const<4267>, Const<4268>, Const<4269>, Const<4270>, Const<4271>),
        (Const<4272>, Const<4273>, Const<4274>, Const<4275>, Const<4276>, Const<4277>, Const<4278>, Const<4279>, Const<4280>, Const<4281>, Const<4282>, Const<4283>, Const<4284>, Const<4285>, Const<4286>, Const<4287>),
        (Const<4288>, Const<4289>, Const<4290>, Const<4291>, Const<4292>, Const<4293>, Const<4294>, Const<4295>, Const<4296>, Const<4297>, Const<4298>, Const<4299>, Const<4300>, Const<4301>, Const<4302>, Const<4303>),
        (Const<4304>, Const<4305>, Const<4306>, Const<4307>, Const<4308>, Const<4309>, Const<4310>, Const<4311>, Const<4312>, Const<4313>, Const<4314>, Const<4315>, Const<4316>, Const<4317>, Const<4318>, Const<4319>),
        (Const<4320>, Const<4321>, Const<4322>, Const<4323>, Const<4324>, Const<4325>, Const<4326>, Const<4327>, Const<4328>, Const<4329>, Const<4330>, Const<4331>, Const<4332>, Const<4333>, Const<4334>, Const<4335>),
        (Const<4336>, Const<4337>, Const<4338>, Const<4339>, Const<4340>, Const<4341>, Const<4342>, Const<4343>, Const<4344>, Const<4345>, Const<4346>, Const<4347>, Const<4348>, Const<4349>, Const<4350>, Const<4351>),
    );
}

impl Row for typenum::consts::U17 {
    type Cols = (
        (Const<4352>, Const<4353>, Const<4354>, Const<4355>, Const<4356>, Const<4357>, Const<4358>, Const<4359>, Const<4360>, Const<4361>, Const<4362>, Const<4363>, Const<4364>, Const<4365>, Const<4366>, Const<4367>),
        (Const<4368>, Const<4369>, Const<4370>, Const<4371>, Const<4372>, Const<4373>, Const<4374>, Const<4375>, Const<4376>, Const<4377>, Const<4378>, Const<4379>, Const<4380>, Const<4381>, Const<4382>, Const<4383>),
        (Const<4384>, Const<4385>, Const<4386>, Const<4387>, Const<4388>, Const<4389>, Const<4390>, Const<4391>, Const<4392>, Const<4393>, Const<4394>, Const<4395>, Const<4396>, Const<4397>, Const<4398>, Const<4399>),
        (Const<4400>, Const<4401>, Const<4402>, Const<4403>, Const<4404>, Const<4405>, Const<4406>, Const<4407>, Const<4408>, Const<4409>, Const<4410>, Const<4411>, Const<4412>, Const<4413>, Const<4414>, Const<4415>),
        (Const<4416>, Const<4417>, Const<4418>, Const<4419>, Const<4420>, Const<4421>, Const<4422>, Const<4423>, Const<4424>, Const<4425>, Const<4426>, Const<4427>, Const<4428>, Const<4429>, Const<4430>, Const<4431>),
        (Const<4432>, Const<4433>, Const<4434>, Const<4435>, Const<4436>, Const<4437>, Const<4438>, Const<4439>, Const<4440>, Const<4441>, Const<4442>, Const<4443>, Const<4444>, Const<4445>, Const<4446>, Const<4447>),
        (Const<4448>, Const<4449>, Const<4450>, Const<4451>, Const<4452>, Const<4453>, Const<4454>, Const<4455>, Const<4456>, Const<4457>, Const<4458>, Const<4459>, Const<4460>, Const<4461>, Const<4462>, Const<4463>),
        (Const<4464>, Const<4465>, Const<4466>, Const<4467>, Const<4468>, Const<4469>, Const<4470>, Const<4471>, Const<4472>, Const<4473>, Const<4474>, Const<4475>, Const<4476>, Const<4477>, Const<4478>, Const<4479>),
        (Const<4480>, Const<4481>, Const<4482>, Const<4483>, Const<4484>, Const<4485>, Const<4486>, Const<4487>, Const<4488>, Const<4489>, Const<4490>, Const<4491>, Const<4492>, Const<4493>, Const<4494>, Const<4495>),
        (Const<4496>, Const<4497>, Const<4498>, Const<4499>, Const<4500>, Const<4501>, Const<4502>, Const<4503>, Const<4504>, Const<4505>, Const<4506>, Const<4507>, Const<4508>, Const<4509>, Const<4510>, Const<4511>),
        (Const<4512>, Const<4513>, Const<4514>, Const<4515>, Const<4516>, Const<4517>, Const<4518>, Const<4519>, Const<4520>, Const<4521>, Const<4522>, Const<4523>, Const<4524>, Const<4525>, Const<4526>, Const<4527>),
        (Const<4528>, Const<4529>, Const<4530>, Const<4531>, Const<4532>, Const<4533>, Const<4534>, Const<4535>, Const<4536>, Const<4537>, Const<4538>, Const<4539>, Const<4540>, Const<4541>, Const<4542>, Const<4543>),
        (Const<4544>, Const<4545>, Const<4546>, Const<4547>, Const<4548>, Const<4549>, Const<4550>, Const<4551>, Const<4552>, Const<4553>, Const<4554>, Const<4555>, Const<4556>, Const<4557>, Const<4558>, Const<4559>),
        (Const<4560>, Const<4561>, Const<4562>, Const<4563>, Const<4564>, Const<4565>, Const<4566>, Const<4567>, Const<4568>, Const<4569>, Const<4570>, Const<4571>, Const<4572>, Const<4573>, Const<4574>, Const<4575>),
        (Const<4576>, Const<4577>, Const<4578>, Const<4579>, Const<4580>, Const<4581>, Const<4582>, Const<4583>, Const<4584>, Const<4585>, Const<4586>, Const<4587>, Const<4588>, Const<4589>, Const<4590>, Const<4591>),
        (Const<4592>, Const<4593>, Const<4594>, Const<4595>, Const<4596>, Const<4597>, Const<4598>, Const<4599>, Const<4600>, Const<4601>, Const<4602>, Const<4603>, Const<4604>, Const<4605>, Const<4606>, Const<4607>),
    );
}

impl Row for typenum::consts::U18 {
    type Cols = (
        (Const<4608>, Const<4609>, Const<4610>, Const<4611>, Const<4612>, Const<4613>, Const<4614>, Const<4615>, Const<4616>, Const<4617>, Const<4618>, Const<4619>, Const<4620>, Const<4621>, Const<4622>, Const<4623>),
        (Const<4624>, Const<4625>, Const<4626>, Const<4627>, Const<4628>, Const<4629>, Const<4630>, Const<4631>, Const<4632>, Const<4633>, Const<4634>, Const<4635>, Const<4636>, Const<4637>, Const<4638>, Const<4639>),
        (Const<4640>, Const<4641>, Const<4642>, Const<4643>, Const<4644>, Const<4645>, Const<4646>, Const<4647>, Const<4648>, Const<4649>, Const<4650>, Const<4651>, Const<4652>, Const<4653>, Const<4654>, Const<4655>),
        (Const<4656>, Const<4657>, Const<4658>, Const<4659>, Const<4660>, Const<4661>, Const<4662>, Const<4663>, Const<4664>, Const<4665>, Const<4666>, Const<4667>, Const<4668>, Const<4669>, Const<4670>, Const<4671>),
        (Const<4672>, Const<4673>, Const<4674>, Const<4675>, Const<4676>, Const<4677>, Const<4678>, Const<4679>, Const<4680>, Const<4681>, Const<4682>, Const<4683>, Const<4684>, Const<4685>, Const<4686>, Const<4687>),
        (Const<4688>, Const<4689>, Const<4690>, Const<4691>, Const<4692>, Const<4693>, Const<4694>, Const<4695>, Const<4696>, Const<4697>, Const<4698>, Const<4699>, Const<4700>, Const<4701>, Const<4702>, Const<4703>),
        (Const<4704>, Const<4705>, Const<4706>, Const<4707>, Const<4708>, Const<4709>, Const<4710>, Const<4711>, Const<4712>, Const<4713>, Const<4714>, Const<4715>, Const<4716>, Const<4717>, Const<4718>, Const<4719>),
        (Const<4720>, Const<4721>, Const<4722>, Const<4723>, Const<4724>, Const<4725>, Const<4726>, Const<4727>, Const<4728>, Const<4729>, Const<4730>, Const<4731>, Const<4732>, Const<4733>, Const<4734>, Const<4735>),
        (Const<4736>, Const<4737>, Const<4738>, Const<4739>, Const<4740>, Const<4741>, Const<4742>, Const<4743>, Const<4744>, Const<4745>, Const<4746>, Const<4747>, Const<4748>, Const<4749>, Const<4750>, Const<4751>),
        (Const<4752>, Const<4753>, Const<4754>, Const<4755>, Const<4756>, Const<4757>, Const<4758>, Const<4759>, Const<4760>, Const<4761>, Const<4762>, Const<4763>, Const<4764>, Const<4765>, Const<4766>, Const<4767>),
        (Const<4768>, Const<4769>, Const<4770>, Const<4771>, Const<4772>, Const<4773>, Const<4774>, Const<4775>, Const<4776>, Const<4777>, Const<4778>, Const<4779>, Const<4780>, Const<4781>, Const<4782>, Const<4783>),
        (Const<4784>, Const<4785>, Const<4786>, Const<4787>, Const<4788>, Const<4789>, Const<4790>, Const<4791>, Const<4792>, Const<4793>, Const<4794>, Const<4795>, Const<4796>, Const<4797>, Const<4798>, Const<4799>),
        (Const<4800>, Const<4801>, Const<4802>, Const<4803>, Const<4804>, Const<4805>, Const<4806>, Const<4807>, Const<4808>, Const<4809>, Const<4810>, Const<4811>, Const<4812>, Const<4813>, Const<4814>, Const<4815>),
        (Const<4816>, Const<4817>, Const<4818>, Const<4819>, Const<4820>, Const<4821>, Const<4822>, Const<4823>, Const<4824>, Const<4825>, Const<4826>, Const<4827>, Const<4828>, Const<4829>, Const<4830>, Const<4831>),
        (Const<4832>, Const<4833>, Const<4834>, Const<4835>, Const<4836>, Const<4837>, Const<4838>, Const<4839>, Const<4840>, Const<4841>, Const<4842>, Const<4843>, Const<4844>, Const<4845>, Const<4846>, Const<4847>),
        (Const<4848>, Const<4849>, Const<4850>, Const<4851>, Const<4852>, Const<4853>, Const<4854>, Const<4855>, Const<4856>, Const<4857>, Const<4858>, Const<4859>, Const<4860>, Const<4861>, Const<4862>, Const<4863>),
    );
}

impl Row for typenum::consts::U19 {
    type Cols = (
        (Const<4864>, Const<4865>, Const<4866>, Const<4867>, Const<4868>, Const<4869>, Const<4870>, Const<4871>, Const<4872>, Const<4873>, Const<4874>, Const<4875>, Const<4876>, Const<4877>, Const<4878>, Const<4879>),
        (Const<4880>, Const<4881>, Const<4882>, Const<4883>, Const<4884>, Const<4885>, Const<4886>, Const<4887>, Const<4888>, Const<4889>, Const<4890>, Const<4891>, Const<4892>, Const<4893>, Const<4894>, Const<4895>),
        (Const<4896>, Const<4897>, Const<4898>, Const<4899>, Const<4900>, Const<4901>, Const<4902>, Const<4903>, Const<4904>, Const<4905>, Const<4906>, Const<4907>, Const<4908>, Const<4909>, Const<4910>, Const<4911>),
        (Const<4912>, Const<4913>, Const<4914>, Const<4915>, Const<4916>, Const<4917>, Const<4918>, Const<4919>, Const<4920>, Const<4921>, Const<4922>, Const<4923>, Const<4924>, Const<4925>, Const<4926>, Const<4927>),
        (Const<4928>, Const<4929>, Const<4930>, Const<4931>, Const<4932>, Const<4933>, Const<4934>, Const<4935>, Const<4936>, Const<4937>, Const<4938>, Const<4939>, Const<4940>, Const<4941>, Const<4942>, Const<4943>),
        (Const<4944>, Const<4945>, Const<4946>, Const<4947>, Const<4948>, Const<4949>, Const<4950>, Const<4951>, Const<4952>, Const<4953>, Const<4954>, Const<4955>, Const<4956>, Const<4957>, Const<4958>, Const<4959>),
        (Const<4960>, Const<4961>, Const<4962>, Const<4963>, Const<4964>, Const<4965>, Const<4966>, Const<4967>, Const<4968>, Const<4969>, Const<4970>, Const<4971>, Const<4972>, Const<4973>, Const<4974>, Const<4975>),
        (Const<4976>, Const<4977>, Const<4978>, Const<4979>, Const<4980>, Const<4981>, Const<4982>, Const<4983>, Const<4984>, Const<4985>, Const<4986>, Const<4987>, Const<4988>, Const<4989>, Const<4990>, Const<4991>),
        (Const<4992>, Const<4993>, Const<4994>, Const<4995>, Const<4996>, Const<4997>, Const<4998>, Const<4999>, Const<5000>, Const<5001>, Const<5002>, Const<5003>, Const<5004>, Const<5005>, Const<5006>, Const<5007>),
        (Const<5008>, Const<5009>, Const<5010>, Const<5011>, Const<5012>, Const<5013>, Const<5014>, Const<5015>, Const<5016>, Const<5017>, Const<5018>, Const<5019>, Const<5020>, Const<5021>, Const<5022>, Const<5023>),
        (Const<5024>, Const<5025>, Const<5026>, Const<5027>, Const<5028>, Const<5029>, Const<5030>, Const<5031>, Const<5032>, Const<5033>, Const<5034>, Const<5035>, Const<5036>, Const<5037>, Const<5038>, Const<5039>),
        (Const<5040>, Const<5041>, Const<5042>, Const<5043>, Const<5044>, Const<5045>, Const<5046>, Const<5047>, Const<5048>, Const<5049>, Const<5050>, Const<5051>, Const<5052>, Const<5053>, Const<5054>, Const<5055>),
        (Const<5056>, Const<5057>, Const<5058>, Const<5059>, Const<5060>, Const<5061>, Const<5062>, Const<5063>, Const<5064>, Const<5065>, Const<5066>, Const<5067>, Const<5068>, Const<5069>, Const<5070>, Const<5071>),
        (Const<5072>, Const<5073>, Const<5074>, Const<5075>, Const<5076>, Const<5077>, Const<5078>, Const<5079>, Const<5080>, Const<5081>, Const<5082>, Const<5083>, Const<5084>, Const<5085>, Const<5086>, Const<5087>),
        (Const<5088>, Const<5089>, Const<5090>, Const<5091>, Const<5092>, Const<5093>, Const<5094>, Const<5095>, Const<5096>, Const<5097>, Const<5098>, Const<5099>, Const<5100>, Const<5101>, Const<5102>, Const<5103>),
        (Const<5104>, Const<5105>, Const<5106>, Const<5107>, Const<5108>, Const<5109>, Const<5110>, Const<5111>, Const<5112>, Const<5113>, Const<5114>, Const<5115>, Const<5116>, Const<5117>, Const<5118>, Const<5119>),
    );
}

impl Row for typenum::consts::U20 {
    type Cols = (
        (Const<5120>, Const<5121>, Const<5122>, Const<5123>, Const<5124>, Const<5125>, Const<5126>, Const<5127>, Const<5128>, Const<5129>, Const<5130>, Const<5131>, Const<5132>, Const<5133>, Const<5134>, Const<5135>),
        (Const<5136>, Const<5137>, Const<5138>, Const<5139>, Const<5140>, Const<5141>, Const<5142>, Const<5143>, Const<5144>, Const<5145>, Const<5146>, Const<5147>, Const<5148>, Const<5149>, Const<5150>, Const<5151>),
        (Const<5152>, Const<5153>, Const<5154>, Const<5155>, Const<5156>, Const<5157>, Const<5158>, Const<5159>, Const<5160>, Const<5161>, Const<5162>, Const<5163>, Const<5164>, Const<5165>, Const<5166>, Const<5167>),
        (Const<5168>, Const<5169>, Const<5170>, Const<5171>, Const<5172>, Const<5173>, Const<5174>, Const<5175>, Const<5176>, Const<5177>, Const<5178>, Const<5179>, Const<5180>, Const<5181>, Const<5182>, Const<5183>),
        (Const<5184>, Const<5185>, Const<5186>, Const<5187>, Const<5188>, Const<5189>, Const<5190>, Const<5191>, Const<5192>, Const<5193>, Const<5194>, Const<5195>, Const<5196>, Const<5197>, Const<5198>, Const<5199>),
        (Const<5200>, Const<5201>, Const<5202>, Const<5203>, Const<5204>, Const<5205>, Const<5206>, Const<5207>, Const<5208>, Const<5209>, Const<5210>, Const<5211>, Const<5212>, Const<5213>, Const<5214>, Const<5215>),
        (Const<5216>, Const<5217>, Const<5218>, Const<5219>, Const<5220>, Const<5221>, Const<5222>, Const<5223>, Const<5224>, Const<5225>, Const<5226>, Const<5227>, Const<5228>, Const<5229>, Const<5230>, Const<5231>),
        (Const<5232>, Const<5233>, Const<5234>, Const<5235>, Const<5236>, Const<5237>, Const<5238>, Const<5239>, Const<5240>, Const<5241>, Const<5242>, Const<5243>, Const<5244>, Const<5245>, Const<5246>, Const<5247>),
        (Const<5248>, Const<5249>, Const<5250>, Const<5251>, Const<5252>, Const<5253>, Const<5254>, Const<5255>, Const<5256>, Const<5257>, Const<5258>, Const<5259>, Const<5260>, Const<5261>, Const<5262>, Const<5263>),
        (Const<5264>, Const<5265>, Const<5266>, Const<5267>, Const<5268>, Const<5269>, Const<5270>, Const<5271>, Const<5272>, Const<5273>, Const<5274>, Const<5275>, Const<5276>, Const<5277>, Const<5278>, Const<5279>),
        (Const<5280>, Const<5281>, Const<5282>, Const<5283>, Const<5284>, Const<5285>, Const<5286>, Const<5287>, Const<5288>, Const<5289>, Const<5290>, Const<5291>, Const<5292>, Const<5293>, Const<5294>, Const<5295>),
        (Const<5296>, Const<5297>, Const<5298>, Const<5299>, Const<5300>, Const<5301>, Const<5302>, Const<5303>, Const<5304>, Const<5305>, Const<5306>, Const<5307>, Const<5308>, Const<5309>, Const<5310>, Const<5311>),
        (Const<5312>, Const<5313>, Const<5314>, Const<5315>, Const<5316>, Const<5317>, Const<5318>, Const<5319>, Const<5320>, Const<5321>, Const<5322>, Const<5323>, Const<5324>, Const<5325>, Const<5326>, Const<5327>),
        (Const<5328>, Const<5329>, Const<5330>, Const<5331>, Const<5332>, Const<5333>, Const<5334>, Const<5335>, Const<5336>, Const<5337>, Const<5338>, Const<5339>, Const<5340>, Const<5341>, Const<5342>, Const<5343>),
        (Const<5344>, Const<5345>, Const<5346>, Const<5347>, Const<5348>, Const<5349>, Const<5350>, Const<5351>, Const<5352>, Const<5353>, Const<5354>, Const<5355>, Const<5356>, Const<5357>, Const<5358>, Const<5359>),
        (Const<5360>, Const<5361>, Const<5362>, Const<5363>, Const<5364>, Const<5365>, Const<5366>, Const<5367>, Const<5368>, Const<5369>, Const<5370>, Const<5371>, Const<5372>, Const<5373>, Const<5374>, Const<5375>),
    );
}

impl Row for typenum::consts::U21 {
    type Cols = (
        (Const<5376>, Const<5377>, Const<5378>, Const<5379>, Const<5380>, Const<5381>, Const<5382>, Const<5383>, Const<5384>, Const<5385>, Const<5386>, Const<5387>, Const<5388>, Const<5389>, Const<5390>, Const<5391>),
        (Const<5392>, Const<5393>, Const<5394>, Const<5395>, Const<5396>, Const<5397>, Const<5398>, Const<5399>, Const<5400>, Const<5401>, Const<5402>, Const<5403>, Const<5404>, Const<5405>, Const<5406>, Const<5407>),
        (Const<5408>, Const<5409>, Const<5410>, Const<5411>, Const<5412>, Const<5413>, Const<5414>, Const<5415>, Const<5416>, Const<5417>, Const<5418>, Const<5419>, Const<5420>, Const<5421>, Const<5422>, Const<5423>),
        (Const<5424>, Const<5425>, Const<5426>, Const<5427>, Const<5428>, Const<5429>, Const<5430>, Const<5431>, Const<5432>, Const<5433>, Const<5434>, Const<5435>, Const<5436>, Const<5437>, Const<5438>, Const<5439>),
        (Const<5440>, Const<5441>, Const<5442>, Const<5443>, Const<5444>, Const<5445>, Const<5446>, Const<5447>, Const<5448>, Const<5449>, Const<5450>, Const<5451>, Const<5452>, Const<5453>, Const<5454>, Const<5455>),
        (Const<5456>, Const<5457>, Const<5458>, Const<5459>, Const<5460>, Const<5461>, Const<5462>, Const<5463>, Const<5464>, Const<5465>, Const<5466>, Const<5467>, Const<5468>, Const<5469>, Const<5470>, Const<5471>),
        (Const<5472>, Const<5473>, Const<5474>, Const<5475>, Const<5476>, Const<5477>, Const<5478>, Const<5479>, Const<5480>, Const<5481>, Const<5482>, Const<5483>, Const<5484>, Const<5485>, Const<5486>, Const<5487>),
        (Const<5488>, Const<5489>, Const<5490>, Const<5491>, Const<5492>, Const<5493>, Const<5494>, Const<5495>, Const<5496>, Const<5497>, Const<5498>, Const<5499>, Const<5500>, Const<5501>, Const<5502>, Const<5503>),
        (Const<5504>, Const<5505>, Const<5506>, Const<5507>, Const<5508>, Const<5509>, Const<5510>, Const<5511>, Const<5512>, Const<5513>, Const<5514>, Const<5515>, Const<5516>, Const<5517>, Const<5518>, Const<5519>),
        (Const<5520>, Const<5521>, Const<5522>, Const<5523>, Const<5524>, Const<5525>, Const<5526>, Const<5527>, Const<5528>, Const<5529>, Const<5530>, Const<5531>, Const<5532>, Const<5533>, Const<5534>, Const<5535>),
        (Const<5536>, Const<5537>, Const<5538>, Const<5539>, Const<5540>, Const<5541>, Const<5542>, Const<5543>, Const<5544>, Const<5545>, Const<5546>, Const<5547>, Const<5548>, Const<5549>, Const<5550>, Const<5551>),
        (Const<5552>, Const<5553>, Const<5554>, Const<5555>, Const<5556>, Const<5557>, Const<5558>, Const<5559>, Const<5560>, Const<5561>, Const<5562>, Const<5563>, Const<5564>, Const<5565>, Const<5566>, Const<5567>),
        (Const<5568>, Const<5569>, Const<5570>, Const<5571>, Const<5572>, Const<5573>, Const<5574>, Const<5575>, Const<5576>, Const<5577>, Const<5578>, Const<5579>, Const<5580>, Const<5581>, Const<5582>, Const<5583>),
        (Const<5584>, Const<5585>, Const<5586>, Const<5587>, Const<5588>, Const<5589>, Const<5590>, Const<5591>, Const<5592>, Const<5593>, Const<5594>, Const<5595>, Const<5596>, Const<5597>, Const<5598>, Const<5599>),
        (Const<5600>, Const<5601>, Const<5602>, Const<5603>, Const<5604>, Const<5605>, Const<5606>, Const<5607>, Const<5608>, Const<5609>, Const<5610>, Const<5611>, Const<5612>, Const<5613>, Const<5614>, Const<5615>),
        (Const<5616>, Const<5617>, Const<5618>, Const<5619>, Const<5620>, Const<5621>, Const<5622>, Const<5623>, Const<5624>, Const<5625>, Const<5626>, Const<5627>, Const<5628>, Const<5629>, Const<5630>, Const<5631>),
    );
}

impl Row for typenum::consts::U22 {
    type Cols = (
        (Const<5632>, Const<5633>, Const<5634>, Const<5635>, Const<5636>, Const<5637>, Const<5638>, Const<5639>, Const<5640>, Const<5641>, Const<5642>, Const<5643>, Const<5644>, Const<5645>, Const<5646>, Const<5647>),
        (Const<5648>, Const<5649>, Const<5650>, Const<5651>, Const<5652>, Const<5653>, Const<5654>, Const<5655>, Const<5656>, Const<5657>, Const<5658>, Const<5659>, Const<5660>, Const<5661>, Const<5662>, Const<5663>),
        (Const<5664>, Const<5665>, Const<5666>, Const<5667>, Const<5668>, Const<5669>, Const<5670>, Const<5671>, Const<5672>, Const<5673>, Const<5674>, Const<5675>, Const<5676>, Const<5677>, Const<5678>, Const<5679>),
        (Const<5680>, Const<5681>, Const<5682>, Const<5683>, Const<5684>, Const<5685>, Const<5686>, Const<5687>, Const<5688>, Const<5689>, Const<5690>, Const<5691>, Const<5692>, Const<5693>, Const<5694>, Const<5695>),
        (Const<5696>, Const<5697>, Const<5698>, Const<5699>, Const<5700>, Const<5701>, Const<5702>, Const<5703>, Const<5704>, Const<5705>, Const<5706>, Const<5707>, Const<5708>, Const<5709>, Const<5710>, Const<5711>),
        (Const<5712>, Const<5713>, Const<5714>, Const<5715>, Const<5716>, Const<5717>, Const<5718>, Const<5719>, Const<5720>, Const<5721>, Const<5722>, Const<5723>, Const<5724>, Const<5725>, Const<5726>, Const<5727>),
        (Const<5728>, Const<5729>, Const<5730>, Const<5731>, Const<5732>, Const<5733>, Const<5734>, Const<5735>, Const<5736>, Const<5737>, Const<5738>, Const<5739>, Const<5740>, Const<5741>, Const<5742>, Const<5743>),
        (Const<5744>, Const<5745>, Const<5746>, Const<5747>, Const<5748>, Const<5749>, Const<5750>, Const<5751>, Const<5752>, Const<5753>, Const<5754>, Const<5755>, Const<5756>, Const<5757>, Const<5758>, Const<5759>),
        (Const<5760>, Const<5761>, Const<5762>, Const<5763>, Const<5764>, Const<5765>, Const<5766>, Const<5767>, Const<5768>, Const<5769>, Const<5770>, Const<5771>, Const<5772>, Const<5773>, Const<5774>, Const<5775>),
        (Const<5776>, Const<5777>, Const<5778>, Const<5779>, Const<5780>, Const<5781>, Const<5782>, Const<5783>, Const<5784>, Const<5785>, Const<5786>, Const<5787>, Const<5788>, Const<5789>, Const<5790>, Const<5791>),
        (Const<5792>, Const<5793>, Const<5794>, Const<5795>, Const<5796>, Const<5797>, Const<5798>, Const<5799>, Const<5800>, Const<5801>, Const<5802>, Const<5803>, Const<5804>, Const<5805>, Const<5806>, Const<5807>),
        (Const<5808>, Const<5809>, Const<5810>, Const<5811>, Const<5812>, Const<5813>, Const<5814>, Const<5815>, Const<5816>, Const<5817>, Const<5818>, Const<5819>, Const<5820>, Const<5821>, Const<5822>, Const<5823>),
        (Const<5824>, Const<5825>, Const<5826>, Const<5827>, Const<5828>, Const<5829>, Const<5830>, Const<5831>, Const<5832>, Const<5833>, Const<5834>, Const<5835>, Const<5836>, Const<5837>, Const<5838>, Const<5839>),
        (Const<5840>, Const<5841>, Const<5842>, Const<5843>, Const<5844>, Const<5845>, Const<5846>, Const<5847>, Const<5848>, Const<5849>, Const<5850>, Const<5851>, Const<5852>, Const<5853>, Const<5854>, Const<5855>),
        (Const<5856>, Const<5857>, Const<5858>, Const<5859>, Const<5860>, Const<5861>, Const<5862>, Const<5863>, Const<5864>, Const<5865>, Const<5866>, Const<5867>, Const<5868>, Const<5869>, Const<5870>, Const<5871>),
        (Const<5872>, Const<5873>, Const<5874>, Const<5875>, Const<5876>, Const<5877>, Const<5878>, Const<5879>, Const<5880>, Const<5881>, Const<5882>, Const<5883>, Const<5884>, Const<5885>, Const<5886>, Const<5887>),
    );
}

impl Row for typenum::consts::U23 {
    type Cols = (
        (Const<5888>, Const<5889>, Const<5890>, Const<5891>, Const<5892>, Const<5893>, Const<5894>, Const<5895>, Const<5896>, Const<5897>, Const<5898>, Const<5899>, Const<5900>, Const<5901>, Const<5902>, Const<5903>),
        (Const<5904>, Const<5905>, Const<5906>, Const<5907>, Const<5908>, Const<5909>, Const<5910>, Const<5911>, Const<5912>, Const<5913>, Const<5914>, Const<5915>, Const<5916>, Const<5917>, Const<5918>, Const<5919>),
        (Const<5920>, Const<5921>, Const<5922>, Const<5923>, Const<5924>, Const<5925>, Const<5926>, Const<5927>, Const<5928>, Const<5929>, Const<5930>, Const<5931>, Const<5932>, Const<5933>, Const<5934>, Const<5935>),
        (Const<5936>, Const<5937>, Const<5938>, Const<5939>, Const<5940>, Const<5941>, Const<5942>, Const<5943>, Const<5944>, Const<5945>, Const<5946>, Const<5947>, Const<5948>, Const<5949>, Const<5950>, Const<5951>),
        (Const<5952>, Const<5953>, Const<5954>, Const<5955>, Const<5956>, Const<5957>, Const<5958>, Const<5959>, Const<5960>, Const<5961>, Const<5962>, Const<5963>, Const<5964>, Const<5965>, Const<5966>, Const<5967>),
        (Const<5968>, Const<5969>, Const<5970>, Const<5971>, Const<5972>, Const<5973>, Const<5974>, Const<5975>, Const<5976>, Const<5977>, Const<5978>, Const<5979>, Const<5980>, Const<5981>, Const<5982>, Const<5983>),
        (Const<5984>, Const<5985>, Const<5986>, Const<5987>, Const<5988>, Const<5989>, Const<5990>, Const<5991>, Const<5992>, Const<5993>, Const<5994>, Const<5995>, Const<5996>, Const<5997>, Const<5998>, Const<5999>),
        (Const<6000>, Const<6001>, Const<6002>, Const<6003>, Const<6004>, Const<6005>, Const<6006>, Const<6007>, Const<6008>, Const<6009>, Const<6010>, Const<6011>, Const<6012>, Const<6013>, Const<6014>, Const<6015>),
        (Const<6016>, Const<6017>, Const<6018>, Const<6019>, Const<6020>, Const<6021>, Const<6022>, Const<6023>, Const<6024>, Const<6025>, Const<6026>, Const<6027>, Const<6028>, Const<6029>, Const<6030>, Const<6031>),
        (Const<6032>, Const<6033>, Const<6034>, Const<6035>, Const<6036>, Const<6037>, Const<6038>, Const<6039>, Const<6040>, Const<6041>, Const<6042>, Const<6043>, Const<6044>, Const<6045>, Const<6046>, Const<6047>),
        (Const<6048>, Const<6049>, Const<6050>, Const<6051>, Const<6052>, Const<6053>, Const<6054>, Const<6055>, Const<6056>, Const<6057>, Const<6058>, Const<6059>, Const<6060>, Const<6061>, Const<6062>, Const<6063>),
        (Const<6064>, Const<6065>, Const<6066>, Const<6067>, Const<6068>, Const<6069>, Const<6070>, Const<6071>, Const<6072>, Const<6073>, Const<6074>, Const<6075>, Const<6076>, Const<6077>, Const<6078>, Const<6079>),
        (Const<6080>, Const<6081>, Const<6082>, Const<6083>, Const<6084>, Const<6085>, Const<6086>, Const<6087>, Const<6088>, Const<6089>, Const<6090>, Const<6091>, Const<6092>, Const<6093>, Const<6094>, Const<6095>),
        (Const<6096>, Const<6097>, Const<6098>, Const<6099>, Const<6100>, Const<6101>, Const<6102>, Const<6103>, Const<6104>, Const<6105>, Const<6106>, Const<6107>, Const<6108>, Const<6109>, Const<6110>, Const<6111>),
        (Const<6112>, Const<6113>, Const<6114>, Const<6115>, Const<6116>, Const<6117>, Const<6118>, Const<6119>, Const<6120>, Const<6121>, Const<6122>, Const<6123>, Const<6124>, Const<6125>, Const<6126>, Const<6127>),
        (Const<6128>, Const<6129>, Const<6130>, Const<6131>, Const<6132>, Const<6133>, Const<6134>, Const<6135>, Const<6136>, Const<6137>, Const<6138>, Const<6139>, Const<6140>, Const<6141>, Const<6142>, Const<6143>),
    );
}

impl Row for typenum::consts::U24 {
    type Cols = (
        (Const<6144>, Const<6145>, Const<6146>, Const<6147>, Const<6148>, Const<6149>, Const<6150>, Const<6151>, Const<6152>, Const<6153>, Const<6154>, Const<6155>, Const<6156>, Const<6157>, Const<6158>, Const<6159>),
        (Const<6160>, Const<6161>, Const<6162>, Const<6163>, Const<6164>, Const<6165>, Const<6166>, Const<6167>, Const<6168>, Const<6169>, Const<6170>, Const<6171>, Const<6172>, Const<6173>, Const<6174>, Const<6175>),
        (Const<6176>, Const<6177>, Const<6178>, Const<6179>, Const<6180>, Const<6181>, Const<6182>, Const<6183>, Const<6184>, Const<6185>, Const<6186>, Const<6187>, Const<6188>, Const<6189>, Const<6190>, Const<6191>),
        (Const<6192>, Const<6193>, Const<6194>, Const<6195>, Const<6196>, Const<6197>, Const<6198>, Const<6199>, Const<6200>, Const<6201>, Const<6202>, Const<6203>, Const<6204>, Const<6205>, Const<6206>, Const<6207>),
        (Const<6208>, Const<6209>, Const<6210>, Const<6211>, Const<6212>, Const<6213>, Const<6214>, Const<6215>, Const<6216>, Const<6217>, Const<6218>, Const<6219>, Const<6220>, Const<6221>, Const<6222>, Const<6223>),
        (Const<6224>, Const<6225>, Const<6226>, Const<6227>, Const<6228>, Const<6229>, Const<6230>, Const<6231>, Const<6232>, Const<6233>, Const<6234>, Const<6235>, Const<6236>, Const<6237>, Const<6238>, Const<6239>),
        (Const<6240>, Const<6241>, Const<6242>, Const<6243>, Const<6244>, Const<6245>, Const<6246>, Const<6247>, Const<6248>, Const<6249>, Const<6250>, Const<6251>, Const<6252>, Const<6253>, Const<6254>, Const<6255>),
        (Const<6256>, Const<6257>, Const<6258>, Const<6259>, Const<6260>, Const<6261>, Const<6262>, Const<6263>, Const<6264>, Const<6265>, Const<6266>, Const<6267>, Const<6268>, Const<6269>, Const<6270>, Const<6271>),
        (Const<6272>, Const<6273>, Const<6274>, Const<6275>, Const<6276>, Const<6277>, Const<6278>, Const<6279>, Const<6280>, Const<6281>, Const<6282>, Const<6283>, Const<6284>, Const<6285>, Const<6286>, Const<6287>),
        (Const<6288>, Const<6289>, Const<6290>, Const<6291>, Const<6292>, Const<6293>, Const<6294>, Const<6295>, Const<6296>, Const<6297>, Const<6298>, Const<6299>, Const<6300>, Const<6301>, Const<6302>, Const<6303>),
        (Const<6304>, Const<6305>, Const<6306>, Const<6307>, Const<6308>, Const<6309>, Const<6310>, Const<6311>, Const<6312>, Const<6313>, Const<6314>, Const<6315>, Const<6316>, Const<6317>, Const<6318>, Const<6319>),
        (Const<6320>, Const<6321>, Const<6322>, Const<6323>, Const<6324>, Const<6325>, Const<6326>, Const<6327>, Const<6328>, Const<6329>, Const<6330>, Const<6331>, Const<6332>, Const<6333>, Const<6334>, Const<6335>),
        (Const<6336>, Const<6337>, Const<6338>, Const<6339>, Const<6340>, Const<6341>, Const<6342>, Const<6343>, Const<6344>, Const<6345>, Const<6346>, Const<6347>, Const<6348>, Const<6349>, Const<6350>, Const<6351>),
        (Const<6352>, Const<6353>, Const<6354>, Const<6355>, Const<6356>, Const<6357>, Const<6358>, Const<6359>, Const<6360>, Const<6361>, Const<6362>, Const<6363>, Const<6364>, Const<6365>, Const<6366>, Const<6367>),
        (Const<6368>, Const<6369>, Const<6370>, Const<6371>, Const<6372>, Const<6373>, Const<6374>, Const<6375>, Const<6376>, Const<6377>, Const<6378>, Const<6379>, Const<6380>, Const<6381>, Const<6382>, Const<6383>),
        (Const<6384>, Const<6385>, Const<6386>, Const<6387>, Const<6388>, Const<6389>, Const<6390>, Const<6391>, Const<6392>, Const<6393>, Const<6394>, Const<6395>, Const<6396>, Const<6397>, Const<6398>, Const<6399>),
    );
}

impl Row for typenum::consts::U25 {
    type Cols = (
        (Const<6400>, Const<6401>, Const<6402>, Const<6403>, Const<6404>, Const<6405>, Const<6406>, Const<6407>, Const<6408>, Const<6409>, Const<6410>, Const<6411>, Const<6412>, Const<6413>, Const<6414>, Const<6415>),
        (Const<6416>, Const<6417>, Const<6418>, Const<6419>, Const<6420>, Const<6421>, Const<6422>, Const<6423>, Const<6424>, Const<6425>, Const<6426>, Const<6427>, Const<6428>, Const<6429>, Const<6430>, Const<6431>),
        (Const<6432>, Const<6433>, Const<6434>, Const<6435>, Const<6436>, Const<6437>, Const<6438>, Const<6439>, Const<6440>, Const<6441>, Const<6442>, Const<6443>, Const<6444>, Const<6445>, Const<6446>, Const<6447>),
        (Const<6448>, Const<6449>, Const<6450>, Const<6451>, Const<6452>, Const<6453>, Const<6454>, Const<6455>, Const<6456>, Const<6457>, Const<6458>, Const<6459>, Const<6460>, Const<6461>, Const<6462>, Const<6463>),
        (Const<6464>, Const<6465>, Const<6466>, Const<6467>, Const<6468>, Const<6469>, Const<6470>, Const<6471>, Const<6472>, Const<6473>, Const<6474>, Const<6475>, Const<6476>, Const<6477>, Const<6478>, Const<6479>),
        (Const<6480>, Const<6481>, Const<6482>, Const<6483>, Const<6484>, Const<6485>, Const<6486>, Const<6487>, Const<6488>, Const<6489>, Const<6490>, Const<6491>, Const<6492>, Const<6493>, Const<6494>, Const<6495>),
        (Const<6496>, Const<6497>, Const<6498>, Const<6499>, Const<6500>, Const<6501>, Const<6502>, Const<6503>, Const<6504>, Const<6505>, Const<6506>, Const<6507>, Const<6508>, Const<6509>, Const<6510>, Const<6511>),
        (Const<6512>, Const<6513>, Const<6514>, Const<6515>, Const<6516>, Const<6517>, Const<6518>, Const<6519>, Const<6520>, Const<6521>, Const<6522>, Const<6523>, Const<6524>, Const<6525>, Const<6526>, Const<6527>),
        (Const<6528>, Const<6529>, Const<6530>, Const<6531>, Const<6532>, Const<6533>, Const<6534>, Const<6535>, Const<6536>, Const<6537>, Const<6538>, Const<6539>, Const<6540>, Const<6541>, Const<6542>, Const<6543>),
        (Const<6544>, Const<6545>, Const<6546>, Const<6547>, Const<6548>, Const<6549>, Const<6550>, Const<6551>, Const<6552>, Const<6553>, Const<6554>, Const<6555>, Const<6556>, Const<6557>, Const<6558>, Const<6559>),
        (Const<6560>, Const<6561>, Const<6562>, Const<6563>, Const<6564>, Const<6565>, Const<6566>, Const<6567>, Const<6568>, Const<6569>, Const<6570>, Const<6571>, Const<6572>, Const<6573>, Const<6574>, Const<6575>),
        (Const<6576>, Const<6577>, Const<6578>, Const<6579>, Const<6580>, Const<6581>, Const<6582>, Const<6583>, Const<6584>, Const<6585>, Const<6586>, Const<6587>, Const<6588>, Const<6589>, Const<6590>, Const<6591>),
        (Const<6592>, Const<6593>, Const<6594>, Const<6595>, Const<6596>, Const<6597>, Const<6598>, Const<6599>, Const<6600>, Const<6601>, Const<6602>, Const<6603>, Const<6604>, Const<6605>, Const<6606>, Const<6607>),
        (Const<6608>, Const<6609>, Const<6610>, Const<6611>, Const<6612>, Const<6613>, Const<6614>, Const<6615>, Const<6616>, Const<6617>, Const<6618>, Const<6619>, Const<6620>, Const<6621>, Const<6622>, Const<6623>),
        (Const<6624>, Const<6625>, Const<6626>, Const<6627>, Const<6628>, Const<6629>, Const<6630>, Const<6631>, Const<6632>, Const<6633>, Const<6634>, Const<6635>, Const<6636>, Const<6637>, Const<6638>, Const<6639>),
        (Const<6640>, Const<6641>, Const<6642>, Const<6643>, Const<6644>, Const<6645>, Const<6646>, Const<6647>, Const<6648>, Const<6649>, Const<6650>, Const<6651>, Const<6652>, Const<6653>, Const<6654>, Const<6655>),
    );
}

impl Row for typenum::consts::U26 {
    type Cols = (
        (Const<6656>, Const<6657>, Const<6658>, Const<6659>, Const<6660>, Const<6661>, Const<6662>, Const<6663>, Const<6664>, Const<6665>, Const<6666>, Const<6667>, Const<6668>, Const<6669>, Const<6670>, Const<6671>),
        (Const<6672>, Const<6673>, Const<6674>, Const<6675>, Const<6676>, Const<6677>, Const<6678>, Const<6679>, Const<6680>, Const<6681>, Const<6682>, Const<6683>, Const<6684>, Const<6685>, Const<6686>, Const<6687>),
        (Const<6688>, Const<6689>, Const<6690>, Const<6691>, Const<6692>, Const<6693>, Const<6694>, Const<6695>, Const<6696>, Const<6697>, Const<6698>, Const<6699>, Const<6700>, Const<6701>, Const<6702>, Const<6703>),
        (Const<6704>, Const<6705>, Const<6706>, Const<6707>, Const<6708>, Const<6709>, Const<6710>, Const<6711>, Const<6712>, Const<6713>, Const<6714>, Const<6715>, Const<6716>, Const<6717>, Const<6718>, Const<6719>),
        (Const<6720>, Const<6721>, Const<6722>, Const<6723>, Const<6724>, Const<6725>, Const<6726>, Const<6727>, Const<6728>, Const<6729>, Const<6730>, Const<6731>, Const<6732>, Const<6733>, Const<6734>, Const<6735>),
        (Const<6736>, Const<6737>, Const<6738>, Const<6739>, Const<6740>, Const<6741>, Const<6742>, Const<6743>, Const<6744>, Const<6745>, Const<6746>, Const<6747>, Const<6748>, Const<6749>, Const<6750>, Const<6751>),
        (Const<6752>, Const<6753>, Const<6754>, Const<6755>, Const<6756>, Const<6757>, Const<6758>, Const<6759>, Const<6760>, Const<6761>, Const<6762>, Const<6763>, Const<6764>, Const<6765>, Const<6766>, Const<6767>),
        (Const<6768>, Const<6769>, Const<6770>, Const<6771>, Const<6772>, Const<6773>, Const<6774>, Const<6775>, Const<6776>, Const<6777>, Const<6778>, Const<6779>, Const<6780>, Const<6781>, Const<6782>, Const<6783>),
        (Const<6784>, Const<6785>, Const<6786>, Const<6787>, Const<6788>, Const<6789>, Const<6790>, Const<6791>, Const<6792>, Const<6793>, Const<6794>, Const<6795>, Const<6796>, Const<6797>, Const<6798>, Const<6799>),
        (Const<6800>, Const<6801>, Const<6802>, Const<6803>, Const<6804>, Const<6805>, Const<6806>, Const<6807>, Const<6808>, Const<6809>, Const<6810>, Const<6811>, Const<6812>, Const<6813>, Const<6814>, Const<6815>),
        (Const<6816>, Const<6817>, Const<6818>, Const<6819>, Const<6820>, Const<6821>, Const<6822>, Const<6823>, Const<6824>, Const<6825>, Const<6826>, Const<6827>, Const<6828>, Const<6829>, Const<6830>, Const<6831>),
        (Const<6832>, Const<6833>, Const<6834>, Const<6835>, Const<6836>, Const<6837>, Const<6838>, Const<6839>, Const<6840>, Const<6841>, Const<6842>, Const<6843>, Const<6844>, Const<6845>, Const<6846>, Const<6847>),
        (Const<6848>, Const<6849>, Const<6850>, Const<6851>, Const<6852>, Const<6853>, Const<6854>, Const<6855>, Const<6856>, Const<6857>, Const<6858>, Const<6859>, Const<6860>, Const<6861>, Const<6862>, Const<6863>),
        (Const<6864>, Const<6865>, Const<6866>, Const<6867>, Const<6868>, Const<6869>, Const<6870>, Const<6871>, Const<6872>, Const<6873>, Const<6874>, Const<6875>, Const<6876>, Const<6877>, Const<6878>, Const<6879>),
        (Const<6880>, Const<6881>, Const<6882>, Const<6883>, Const<6884>, Const<6885>, Const<6886>, Const<6887>, Const<6888>, Const<6889>, Const<6890>, Const<6891>, Const<6892>, Const<6893>, Const<6894>, Const<6895>),
        (Const<6896>, Const<6897>, Const<6898>, Const<6899>, Const<6900>, Const<6901>, Const<6902>, Const<6903>, Const<6904>, Const<6905>, Const<6906>, Const<6907>, Const<6908>, Const<6909>, Const<6910>, Const<6911>),
    );
}

impl Row for typenum::consts::U27 {
    type Cols = (
        (Const<6912>, Const<6913>, Const<6914>, Const<6915>, Const<6916>, Const<6917>, Const<6918>, Const<6919>, Const<6920>, Const<6921>, Const<6922>, Const<6923>, Const<6924>, Const<6925>, Const<6926>, Const<6927>),
        (Const<6928>, Const<6929>, Const<6930>, Const<6931>, Const<6932>, Const<6933>, Const<6934>, Const<6935>, Const<6936>, Const<6937>, Const<6938>, Const<6939>, Const<6940>, Const<6941>, Const<6942>, Const<6943>),
        (Const<6944>, Const<6945>, Const<6946>, Const<6947>, Const<6948>, Const<6949>, Const<6950>, Const<6951>, Const<6952>, Const<6953>, Const<6954>, Const<6955>, Const<6956>, Const<6957>, Const<6958>, Const<6959>),
        (Const<6960>, Const<6961>, Const<6962>, Const<6963>, Const<6964>, Const<6965>, Const<6966>, Const<6967>, Const<6968>, Const<6969>, Const<6970>, Const<6971>, Const<6972>, Const<6973>, Const<6974>, Const<6975>),
        (Const<6976>, Const<6977>, Const<6978>, Const<6979>, Const<6980>, Const<6981>, Const<6982>, Const<6983>, Const<6984>, Const<6985>, Const<6986>, Const<6987>, Const<6988>, Const<6989>, Const<6990>, Const<6991>),
        (Const<6992>, Const<6993>, Const<6994>, Const<6995>, Const<6996>, Const<6997>, Const<6998>, Const<6999>, Const<7000>, Const<7001>, Const<7002>, Const<7003>, Const<7004>, Const<7005>, Const<7006>, Const<7007>),
        (Const<7008>, Const<7009>, Const<7010>, Const<7011>, Const<7012>, Const<7013>, Const<7014>, Const<7015>, Const<7016>, Const<7017>, Const<7018>, Const<7019>, Const<7020>, Const<7021>, Const<7022>, Const<7023>),
        (Const<7024>, Const<7025>, Const<7026>, Const<7027>, Const<7028>, Const<7029>, Const<7030>, Const<7031>, Const<7032>, Const<7033>, Const<7034>, Const<7035>, Const<7036>, Const<7037>, Const<7038>, Const<7039>),
        (Const<7040>, Const<7041>, Const<7042>, Const<7043>, Const<7044>, Const<7045>, Const<7046>, Const<7047>, Const<7048>, Const<7049>, Const<7050>, Const<7051>, Const<7052>, Const<7053>, Const<7054>, Const<7055>),
        (Const<7056>, Const<7057>, Const<7058>, Const<7059>, Const<7060>, Const<7061>, Const<7062>, Const<7063>, Const<7064>, Const<7065>, Const<7066>, Const<7067>, Const<7068>, Const<7069>, Const<7070>, Const<7071>),
        (Const<7072>, Const<7073>, Const<7074>, Const<7075>, Const<7076>, Const<7077>, Const<7078>, Const<7079>, Const<7080>, Const<7081>, Const<7082>, Const<7083>, Const<7084>, Const<7085>, Const<7086>, Const<7087>),
        (Const<7088>, Const<7089>, Const<7090>, Const<7091>, Const<7092>, Const<7093>, Const<7094>, Const<7095>, Const<7096>, Const<7097>, Const<7098>, Const<7099>, Const<7100>, Const<7101>, Const<7102>, Const<7103>),
        (Const<7104>, Const<7105>, Const<7106>, Const<7107>, Const<7108>, Const<7109>, Const<7110>, Const<7111>, Const<7112>, Const<7113>, Const<7114>, Const<7115>, Const<7116>, Const<7117>, Const<7118>, Const<7119>),
        (Const<7120>, Const<7121>, Const<7122>, Const<7123>, Const<7124>, Const<7125>, Const<7126>, Const<7127>, Const<7128>, Const<7129>, Const<7130>, Const<7131>, Const<7132>, Const<7133>, Const<7134>, Const<7135>),
        (Const<7136>, Const<7137>, Const<7138>, Const<7139>, Const<7140>, Const<7141>, Const<7142>, Const<7143>, Const<7144>, Const<7145>, Const<7146>, Const<7147>, Const<7148>, Const<7149>, Const<7150>, Const<7151>),
        (Const<7152>, Const<7153>, Const<7154>, Const<7155>, Const<7156>, Const<7157>, Const<7158>, Const<7159>, Const<7160>, Const<7161>, Const<7162>, Const<7163>, Const<7164>, Const<7165>, Const<7166>, Const<7167>),
    );
}

impl Row for typenum::consts::U28 {
    type Cols = (
        (Const<7168>, Const<7169>, Const<7170>, Const<7171>, Const<7172>, Const<7173>, Const<7174>, Const<7175>, Const<7176>, Const<7177>, Const<7178>, Const<7179>, Const<7180>, Const<7181>, Const<7182>, Const<7183>),
        (Const<7184>, Const<7185>, Const<7186>, Const<7187>, Const<7188>, Const<7189>, Const<7190>, Const<7191>, Const<7192>, Const<7193>, Const<7194>, Const<7195>, Const<7196>, Const<7197>, Const<7198>, Const<7199>),
        (Const<7200>, Const<7201>, Const<7202>, Const<7203>, Const<7204>, Const<7205>, Const<7206>, Const<7207>, Const<7208>, Const<7209>, Const<7210>, Const<7211>, Const<7212>, Const<7213>, Const<7214>, Const<7215>),
        (Const<7216>, Const<7217>, Const<7218>, Const<7219>, Const<7220>, Const<7221>, Const<7222>, Const<7223>, Const<7224>, Const<7225>, Const<7226>, Const<7227>, Const<7228>, Const<7229>, Const<7230>, Const<7231>),
        (Const<7232>, Const<7233>, Const<7234>, Const<7235>, Const<7236>, Const<7237>, Const<7238>, Const<7239>, Const<7240>, Const<7241>, Const<7242>, Const<7243>, Const<7244>, Const<7245>, Const<7246>, Const<7247>),
        (Const<7248>, Const<7249>, Const<7250>, Const<7251>, Const<7252>, Const<7253>, Const<7254>, Const<7255>, Const<7256>, Const<7257>, Const<7258>, Const<7259>, Const<7260>, Const<7261>, Const<7262>, Const<7263>),
        (Const<7264>, Const<7265>, Const<7266>, Const<7267>, Const<7268>, Const<7269>, Const<7270>, Const<7271>, Const<7272>, Const<7273>, Const<7274>, Const<7275>, Const<7276>, Const<7277>, Const<7278>, Const<7279>),
        (Const<7280>, Const<7281>, Const<7282>, Const<7283>, Const<7284>, Const<7285>, Const<7286>, Const<7287>, Const<7288>, Const<7289>, Const<7290>, Const<7291>, Const<7292>, Const<7293>, Const<7294>, Const<7295>),
        (Const<7296>, Const<7297>, Const<7298>, Const<7299>, Const<7300>, Const<7301>, Const<7302>, Const<7303>, Const<7304>, Const<7305>, Const<7306>, Const<7307>, Const<7308>, Const<7309>, Const<7310>, Const<7311>),
        (Const<7312>, Const<7313>, Const<7314>, Const<7315>, Const<7316>, Const<7317>, Const<7318>, Const<7319>, Const<7320>, Const<7321>, Const<7322>, Const<7323>, Const<7324>, Const<7325>, Const<7326>, Const<7327>),
        (Const<7328>, Const<7329>, Const<7330>, Const<7331>, Const<7332>, Const<7333>, Const<7334>, Const<7335>, Const<7336>, Const<7337>, Const<7338>, Const<7339>, Const<7340>, Const<7341>, Const<7342>, Const<7343>),
        (Const<7344>, Const<7345>, Const<7346>, Const<7347>, Const<7348>, Const<7349>, Const<7350>, Const<7351>, Const<7352>, Const<7353>, Const<7354>, Const<7355>, Const<7356>, Const<7357>, Const<7358>, Const<7359>),
        (Const<7360>, Const<7361>, Const<7362>, Const<7363>, Const<7364>, Const<7365>, Const<7366>, Const<7367>, Const<7368>, Const<7369>, Const<7370>, Const<7371>, Const<7372>, Const<7373>, Const<7374>, Const<7375>),
        (Const<7376>, Const<7377>, Const<7378>, Const<7379>, Const<7380>, Const<7381>, Const<7382>, Const<7383>, Const<7384>, Const<7385>, Const<7386>, Const<7387>, Const<7388>, Const<7389>, Const<7390>, Const<7391>),
        (Const<7392>, Const<7393>, Const<7394>, Const<7395>, Const<7396>, Const<7397>, Const<7398>, Const<7399>, Const<7400>, Const<7401>, Const<7402>, Const<7403>, Const<7404>, Const<7405>, Const<7406>, Const<7407>),
        (Const<7408>, Const<7409>, Const<7410>, Const<7411>, Const<7412>, Const<7413>, Const<7414>, Const<7415>, Const<7416>, Const<7417>, Const<7418>, Const<7419>, Const<7420>, Const<7421>, Const<7422>, Const<7423>),
    );
}

impl Row for typenum::consts::U29 {
    type Cols = (
        (Const<7424>, Const<7425>, Const<7426>, Const<7427>, Const<7428>, Const<7429>, Const<7430>, Const<7431>, Const<7432>, Const<7433>, Const<7434>, Const<7435>, Const<7436>, Const<7437>, Const<7438>, Const<7439>),
        (Const<7440>, Const<7441>, Const<7442>, Const<7443>, Const<7444>, Const<7445>, Const<7446>, Const<7447>, Const<7448>, Const<7449>, Const<7450>, Const<7451>, Const<7452>, Const<7453>, Const<7454>, Const<7455>),
        (Const<7456>, Const<7457>, Const<7458>, Const<7459>, Const<7460>, Const<7461>, Const<7462>, Const<7463>, Const<7464>, Const<7465>, Const<7466>, Const<7467>, Const<7468>, Const<7469>, Const<7470>, Const<7471>),
        (Const<7472>, Const<7473>, Const<7474>, Const<7475>, Const<7476>, Const<7477>, Const<7478>, Const<7479>, Const<7480>, Const<7481>, Const<7482>, Const<7483>, Const<7484>, Const<7485>, Const<7486>, Const<7487>),
        (Const<7488>, Const<7489>, Const<7490>, Const<7491>, Const<7492>, Const<7493>, Const<7494>, Const<7495>, Const<7496>, Const<7497>, Const<7498>, Const<7499>, Const<7500>, Const<7501>, Const<7502>, Const<7503>),
        (Const<7504>, Const<7505>, Const<7506>, Const<7507>, Const<7508>, Const<7509>, Const<7510>, Const<7511>, Const<7512>, Const<7513>, Const<7514>, Const<7515>, Const<7516>, Const<7517>, Const<7518>, Const<7519>),
        (Const<7520>, Const<7521>, Const<7522>, Const<7523>, Const<7524>, Const<7525>, Const<7526>, Const<7527>, Const<7528>, Const<7529>, Const<7530>, Const<7531>, Const<7532>, Const<7533>, Const<7534>, Const<7535>),
        (Const<7536>, Const<7537>, Const<7538>, Const<7539>, Const<7540>, Const<7541>, Const<7542>, Const<7543>, Const<7544>, Const<7545>, Const<7546>, Const<7547>, Const<7548>, Const<7549>, Const<7550>, Const<7551>),
        (Const<7552>, Const<7553>, Const<7554>, Const<7555>, Const<7556>, Const<7557>, Const<7558>, Const<7559>, Const<7560>, Const<7561>, Const<7562>, Const<7563>, Const<7564>, Const<7565>, Const<7566>, Const<7567>),
        (Const<7568>, Const<7569>, Const<7570>, Const<7571>, Const<7572>, Const<7573>, Const<7574>, Const<7575>, Const<7576>, Const<7577>, Const<7578>, Const<7579>, Const<7580>, Const<7581>, Const<7582>, Const<7583>),
        (Const<7584>, Const<7585>, Const<7586>, Const<7587>, Const<7588>, Const<7589>, Const<7590>, Const<7591>, Const<7592>, Const<7593>, Const<7594>, Const<7595>, Const<7596>, Const<7597>, Const<7598>, Const<7599>),
        (Const<7600>, Const<7601>, Const<7602>, Const<7603>, Const<7604>, Const<7605>, Const<7606>, Const<7607>, Const<7608>, Const<7609>, Const<7610>, Const<7611>, Const<7612>, Const<7613>, Const<7614>, Const<7615>),
        (Const<7616>, Const<7617>, Const<7618>, Const<7619>, Const<7620>, Const<7621>, Const<7622>, Const<7623>, Const<7624>, Const<7625>, Const<7626>, Const<7627>, Const<7628>, Const<7629>, Const<7630>, Const<7631>),
        (Const<7632>, Const<7633>, Const<7634>, Const<7635>, Const<7636>, Const<7637>, Const<7638>, Const<7639>, Const<7640>, Const<7641>, Const<7642>, Const<7643>, Const<7644>, Const<7645>, Const<7646>, Const<7647>),
        (Const<7648>, Const<7649>, Const<7650>, Const<7651>, Const<7652>, Const<7653>, Const<7654>, Const<7655>, Const<7656>, Const<7657>, Const<7658>, Const<7659>, Const<7660>, Const<7661>, Const<7662>, Const<7663>),
        (Const<7664>, Const<7665>, Const<7666>, Const<7667>, Const<7668>, Const<7669>, Const<7670>, Const<7671>, Const<7672>, Const<7673>, Const<7674>, Const<7675>, Const<7676>, Const<7677>, Const<7678>, Const<7679>),
    );
}

impl Row for typenum::consts::U30 {
    type Cols = (
        (Const<7680>, Const<7681>, Const<7682>, Const<7683>, Const<7684>, Const<7685>, Const<7686>, Const<7687>, Const<7688>, Const<7689>, Const<7690>, Const<7691>, Const<7692>, Const<7693>, Const<7694>, Const<7695>),
        (Const<7696>, Const<7697>, Const<7698>, Const<7699>, Const<7700>, Const<7701>, Const<7702>, Const<7703>, Const<7704>, Const<7705>, Const<7706>, Const<7707>, Const<7708>, Const<7709>, Const<7710>, Const<7711>),
        (Const<7712>, Const<7713>, Const<7714>, Const<7715>, Const<7716>, Const<7717>, Const<7718>, Const<7719>, Const<7720>, Const<7721>, Const<7722>, Const<7723>, Const<7724>, Const<7725>, Const<7726>, Const<7727>),
        (Const<7728>, Const<7729>, Const<7730>, Const<7731>, Const<7732>, Const<7733>, Const<7734>, Const<7735>, Const<7736>, Const<7737>, Const<7738>, Const<7739>, Const<7740>, Const<7741>, Const<7742>, Const<7743>),
        (Const<7744>, Const<7745>, Const<7746>, Const<7747>, Const<7748>, Const<7749>, Const<7750>, Const<7751>, Const<7752>, Const<7753>, Const<7754>, Const<7755>, Const<7756>, Const<7757>, Const<7758>, Const<7759>),
        (Const<7760>, Const<7761>, Const<7762>, Const<7763>, Const<7764>, Const<7765>, Const<7766>, Const<7767>, Const<7768>, Const<7769>, Const<7770>, Const<7771>, Const<7772>, Const<7773>, Const<7774>, Const<7775>),
        (Const<7776>, Const<7777>, Const<7778>, Const<7779>, Const<7780>, Const<7781>, Const<7782>, Const<7783>, Const<7784>, Const<7785>, Const<7786>, Const<7787>, Const<7788>, Const<7789>, Const<7790>, Const<7791>),
        (Const<7792>, Const<7793>, Const<7794>, Const<7795>, Const<7796>, Const<7797>, Const<7798>, Const<7799>, Const<7800>, Const<7801>, Const<7802>, Const<7803>, Const<7804>, Const<7805>, Const<7806>, Const<7807>),
        (Const<7808>, Const<7809>, Const<7810>, Const<7811>, Const<7812>, Const<7813>, Const<7814>, Const<7815>, Const<7816>, Const<7817>, Const<7818>, Const<7819>, Const<7820>, Const<7821>, Const<7822>, Const<7823>),
        (Const<7824>, Const<7825>, Const<7826>, Const<7827>, Const<7828>, Const<7829>, Const<7830>, Const<7831>, Const<7832>, Const<7833>, Const<7834>, Const<7835>, Const<7836>, Const<7837>, Const<7838>, Const<7839>),
        (Const<7840>, Const<7841>, Const<7842>, Const<7843>, Const<7844>, Const<7845>, Const<7846>, Const<7847>, Const<7848>, Const<7849>, Const<7850>, Const<7851>, Const<7852>, Const<7853>, Const<7854>, Const<7855>),
        (Const<7856>, Const<7857>, Const<7858>, Const<7859>, Const<7860>, Const<7861>, Const<7862>, Const<7863>, Const<7864>, Const<7865>, Const<7866>, Const<7867>, Const<7868>, Const<7869>, Const<7870>, Const<7871>),
        (Const<7872>, Const<7873>, Const<7874>, Const<7875>, Const<7876>, Const<7877>, Const<7878>, Const<7879>, Const<7880>, Const<7881>, Const<7882>, Const<7883>, Const<7884>, Const<7885>, Const<7886>, Const<7887>),
        (Const<7888>, Const<7889>, Const<7890>, Const<7891>, Const<7892>, Const<7893>, Const<7894>, Const<7895>, Const<7896>, Const<7897>, Const<7898>, Const<7899>, Const<7900>, Const<7901>, Const<7902>, Const<7903>),
        (Const<7904>, Const<7905>, Const<7906>, Const<7907>, Const<7908>, Const<7909>, Const<7910>, Const<7911>, Const<7912>, Const<7913>, Const<7914>, Const<7915>, Const<7916>, Const<7917>, Const<7918>, Const<7919>),
        (Const<7920>, Const<7921>, Const<7922>, Const<7923>, Const<7924>, Const<7925>, Const<7926>, Const<7927>, Const<7928>, Const<7929>, Const<7930>, Const<7931>, Const<7932>, Const<7933>, Const<7934>, Const<7935>),
    );
}

impl Row for typenum::consts::U31 {
    type Cols = (
        (Const<7936>, Const<7937>, Const<7938>, Const<7939>, Const<7940>, Const<7941>, Const<7942>, Const<7943>, Const<7944>, Const<7945>, Const<7946>, Const<7947>, Const<7948>, Const<7949>, Const<7950>, Const<7951>),
        (Const<7952>, Const<7953>, Const<7954>, Const<7955>, Const<7956>, Const<7957>, Const<7958>, Const<7959>, Const<7960>, Const<7961>, Const<7962>, Const<7963>, Const<7964>, Const<7965>, Const<7966>, Const<7967>),
        (Const<7968>, Const<7969>, Const<7970>, Const<7971>, Const<7972>, Const<7973>, Const<7974>, Const<7975>, Const<7976>, Const<7977>, Const<7978>, Const<7979>, Const<7980>, Const<7981>, Const<7982>, Const<7983>),
        (Const<7984>, Const<7985>, Const<7986>, Const<7987>, Const<7988>, Const<7989>, Const<7990>, Const<7991>, Const<7992>, Const<7993>, Const<7994>, Const<7995>, Const<7996>, Const<7997>, Const<7998>, Const<7999>),
        (Const<8000>, Const<8001>, Const<8002>, Const<8003>, Const<8004>, Const<8005>, Const<8006>, Const<8007>, Const<8008>, Const<8009>, Const<8010>, Const<8011>, Const<8012>, Const<8013>, Const<8014>, Const<8015>),
        (Const<8016>, Const<8017>, Const<8018>, Const<8019>, Const<8020>, Const<8021>, Const<8022>, Const<8023>, Const<8024>, Const<8025>, Const<8026>, Const<8027>, Const<8028>, Const<8029>, Const<8030>, Const<8031>),
        (Const<8032>, Const<8033>, Const<8034>, Const<8035>, Const<8036>, Const<8037>, Const<8038>, Const<8039>, Const<8040>, Const<8041>, Const<8042>, Const<8043>, Const<8044>, Const<8045>, Const<8046>, Const<8047>),
        (Const<8048>, Const<8049>, Const<8050>, Const<8051>, Const<8052>, Const<8053>, Const<8054>, Const<8055>, Const<8056>, Const<8057>, Const<8058>, Const<8059>, Const<8060>, Const<8061>, Const<8062>, Const<8063>),
        (Const<8064>, Const<8065>, Const<8066>, Const<8067>, Const<8068>, Const<8069>, Const<8070>, Const<8071>, Const<8072>, Const<8073>, Const<8074>, Const<8075>, Const<8076>, Const<8077>, Const<8078>, Const<8079>),
        (Const<8080>, Const<8081>, Const<8082>, Const<8083>, Const<8084>, Const<8085>, Const<8086>, Const<8087>, Const<8088>, Const<8089>, Const<8090>, Const<8091>, Const<8092>, Const<8093>, Const<8094>, Const<8095>),
        (Const<8096>, Const<8097>, Const<8098>, Const<8099>, Const<8100>, Const<8101>, Const<8102>, Const<8103>, Const<8104>, Const<8105>, Const<8106>, Const<8107>, Const<8108>, Const<8109>, Const<8110>, Const<8111>),
        (Const<8112>, Const<8113>, Const<8114>, Const<8115>, Const<8116>, Const<8117>, Const<8118>, Const<8119>, Const<8120>, Const<8121>, Const<8122>, Const<8123>, Const<8124>, Const<8125>, Const<8126>, Const<8127>),
        (Const<8128>, Const<8129>, Const<8130>, Const<8131>, Const<8132>, Const<8133>, Const<8134>, Const<8135>, Const<8136>, Const<8137>, Const<8138>, Const<8139>, Const<8140>, Const<8141>, Const<8142>, Const<8143>),
        (Const<8144>, Const<8145>, Const<8146>, Const<8147>, Const<8148>, Const<8149>, Const<8150>, Const<8151>, Const<8152>, Const<8153>, Const<8154>, Const<8155>, Const<8156>, Const<8157>, Const<8158>, Const<8159>),
        (Const<8160>, Const<8161>, Const<8162>, Const<8163>, Const<8164>, Const<8165>, Const<8166>, Const<8167>, Const<8168>, Const<8169>, Const<8170>, Const<8171>, Const<8172>, Const<8173>, Const<8174>, Const<8175>),
        (Const<8176>, Const<8177>, Const<8178>, Const<8179>, Const<8180>, Const<8181>, Const<8182>, Const<8183>, Const<8184>, Const<8185>, Const<8186>, Const<8187>, Const<8188>, Const<8189>, Const<8190>, Const<8191>),
    );
}

impl Row for typenum::consts::U32 {
    type Cols = (
        (Const<8192>, Const<8193>, Const<8194>, Const<8195>, Const<8196>, Const<8197>, Const<8198>, Const<8199>, Const<8200>, Const<8201>, Const<8202>, Const<8203>, Const<8204>, Const<8205>, Const<8206>, Const<8207>),
        (Const<8208>, Const<8209>, Const<8210>, Const<8211>, Const<8212>, Const<8213>, Const<8214>, Const<8215>, Const<8216>, Const<8217>, Const<8218>, Const<8219>, Const<8220>, Const<8221>, Const<8222>, Const<8223>),
        (Const<8224>, Const<8225>, Const<8226>, Const<8227>, Const<8228>, Const<8229>, Const<8230>, Const<8231>, Const<8232>, Const<8233>, Const<8234>, Const<8235>, Const<8236>, Const<8237>, Const<8238>, Const<8239>),
        (Const<8240>, Const<8241>, Const<8242>, Const<8243>, Const<8244>, Const<8245>, Const<8246>, Const<8247>, Const<8248>, Const<8249>, Const<8250>, Const<8251>, Const<8252>, Const<8253>, Const<8254>, Const<8255>),
        (Const<8256>, Const<8257>, Const<8258>, Const<8259>, Const<8260>, Const<8261>, Const<8262>, Const<8263>, Const<8264>, Const<8265>, Const<8266>, Const<8267>, Const<8268>, Const<8269>, Const<8270>, Const<8271>),
        (Const<8272>, Const<8273>, Const<8274>, Const<8275>, Const<8276>, Const<8277>, Const<8278>, Const<8279>, Const<8280>, Const<8281>, Const<8282>, Const<8283>, Const<8284>, Const<8285>, Const<8286>, Const<8287>),
        (Const<8288>, Const<8289>, Const<8290>, Const<8291>, Const<8292>, Const<8293>, Const<8294>, Const<8295>, Const<8296>, Const<8297>, Const<8298>, Const<8299>, Const<8300>, Const<8301>, Const<8302>, Const<8303>),
        (Const<8304>, Const<8305>, Const<8306>, Const<8307>, Const<8308>, Const<8309>, Const<8310>, Const<8311>, Const<8312>, Const<8313>, Const<8314>, Const<8315>, Const<8316>, Const<8317>, Const<8318>, Const<8319>),
        (Const<8320>, Const<8321>, Const<8322>, Const<8323>, Const<8324>, Const<8325>, Const<8326>, Const<8327>, Const<8328>, Const<8329>, Const<8330>, Const<8331>, Const<8332>, Const<8333>, Const<8334>, Const<8335>),
        (Const<8336>, Const<8337>, Const<8338>, Const<8339>, Const<8340>, Const<8341>, Const<8342>, Const<8343>, Const<8344>, Const<8345>, Const<8346>, Const<8347>, Const<8348>, Const<8349>, Const<8350>, Const<8351>),
        (Const<8352>, Const<8353>, Const<8354>, Const<8355>, Const<8356>, Const<8357>, Const<8358>, Const<8359>, Const<8360>, Const<8361>, Const<8362>, Const<8363>, Const<8364>, Const<8365>, Const<8366>, Const<8367>),
        (Const<8368>, Const<8369>, Const<8370>, Const<8371>, Const<8372>, Const<8373>, Const<8374>, Const<8375>, Const<8376>, Const<8377>, Const<8378>, Const<8379>, Const<8380>, Const<8381>, Const<8382>, Const<8383>),
        (Const<8384>, Const<8385>, Const<8386>, Const<8387>, Const<8388>, Const<8389>, Const<8390>, Const<8391>, Const<8392>, Const<8393>, Const<8394>, Const<8395>, Const<8396>, Const<8397>, Const<8398>, Const<8399>),
        (Const<8400>, Const<8401>, Const<8402>, Const<8403>, Const<8404>, Const<8405>, Const<8406>, Const<8407>, Const<8408>, Const<8409>, Const<8410>, Const<8411>, Const<8412>, Const<8413>, Const<8414>, Const<8415>),
        (Const<8416>, Const<8417>, Const<8418>, Const<8419>, Const<8420>, Const<8421>, Const<8422>, Const<8423>, Const<8424>, Const<8425>, Const<8426>, Const<8427>, Const<8428>, Const<8429>, Const<8430>, Const<8431>),
        (Const<8432>, Const<8433>, Const<8434>, Const<8435>, Const<8436>, Const<8437>, Const<8438>, Const<8439>, Const<8440>, Const<8441>, Const<8442>, Const<8443>, Const<8444>, Const<8445>, Const<8446>, Const<8447>),
    );
}

impl Row for typenum::consts::U33 {
    type Cols = (
        (Const<8448>, Const<8449>, Const<8450>, Const<8451>, Const<8452>, Const<8453>, Const<8454>, Const<8455>, Const<8456>, Const<8457>, Const<8458>, Const<8459>, Const<8460>, Const<8461>, Const<8462>, Const<8463>),
        (Const<8464>, Const<8465>, Const<8466>, Const<8467>, Const<8468>, Const<8469>, Const<8470>, Const<8471>, Const<8472>, Const<8473>, Const<8474>, Const<8475>, Const<8476>, Const<8477>, Const<8478>, Const<8479>),
        (Const<8480>, Const<8481>, Const<8482>, Const<8483>, Const<8484>, Const<8485>, Const<8486>, Const<8487>, Const<8488>, Const<8489>, Const<8490>, Const<8491>, Const<8492>, Const<8493>, Const<8494>, Const<8495>),
        (Const<8496>, Const<8497>, Const<8498>, Const<8499>, Const<8500>, Const<8501>, Const<8502>, Const<8503>, Const<8504>, Const<8505>, Const<8506>, Const<8507>, Const<8508>, Const<8509>, Const<8510>, Const<8511>),
        (Const<8512>, Const<8513>, Const<8514>, Const<8515>, Const<8516>, Const<8517>, Const<8518>, Const<8519>, Const<8520>, Const<8521>, Const<8522>, Const<8523>, Const<8524>, Const<8525>, Const<8526>, Const<8527>),
        (Const<8528>, Const<8529>, Const<8530>, Const<8531>, Const<8532>, Const<8533>, Const<8534>, Const<8535>, Const<8536>, Const<8537>, Const<8538>, Const<8539>, Const<8540>, Const<8541>, Const<8542>, Const<8543>),
        (Const<8544>, Const<8545>, Const<8546>, Const<8547>, Const<8548>, Const<8549>, Const<8550>, Const<8551>, Const<8552>, Const<8553>, Const<8554>, Const<8555>, Const<8556>, Const<8557>, Const<8558>, Const<8559>),
        (Const<8560>, Const<8561>, Const<8562>, Const<8563>, Const<8564>, Const<8565>, Const<8566>, Const<8567>, Const<8568>, Const<8569>, Const<8570>, Const<8571>, Const<8572>, Const<8573>, Const<8574>, Const<8575>),
        (Const<8576>, Const<8577>, Const<8578>, Const<8579>, Const<8580>, Const<8581>, Const<8582>, Const<8583>, Const<8584>, Const<8585>, Const<8586>, Const<8587>, Const<8588>, Const<8589>, Const<8590>, Const<8591>),
        (Const<8592>, Const<8593>, Const<8594>, Const<8595>, Const<8596>, Const<8597>, Const<8598>, Const<8599>, Const<8600>, Const<8601>, Const<8602>, Const<8603>, Const<8604>, Const<8605>, Const<8606>, Const<8607>),
        (Const<8608>, Const<8609>, Const<8610>, Const<8611>, Const<8612>, Const<8613>, Const<8614>, Const<8615>, Const<8616>, Const<8617>, Const<8618>, Const<8619>, Const<8620>, Const<8621>, Const<8622>, Const<8623>),
        (Const<8624>, Const<8625>, Const<8626>, Const<8627>, Const<8628>, Const<8629>, Const<8630>, Const<8631>, Const<8632>, Const<8633>, Const<8634>, Const<8635>, Const<8636>, Const<8637>, Const<8638>, Const<8639>),
        (Const<8640>, Const<8641>, Const<8642>, Const<8643>, Const<8644>, Const<8645>, Const<8646>, Const<8647>, Const<8648>, Const<8649>, Const<8650>, Const<8651>, Const<8652>, Const<8653>, Const<8654>, Const<8655>),
        (Const<8656>, Const<8657>, Const<8658>, Const<8659>, Const<8660>, Const<8661>, Const<8662>, Const<8663>, Const<8664>, Const<8665>, Const<8666>, Const<8667>, Const<8668>, Const<8669>, Const<8670>, Const<8671>),
        (Const<8672>, Const<8673>, Const<8674>, Const<8675>, Const<8676>, Const<8677>, Const<8678>, Const<8679>, Const<8680>, Const<8681>, Const<8682>, Const<8683>, Const<8684>, Const<8685>, Const<8686>, Const<8687>),
        (Const<8688>, Const<8689>, Const<8690>, Const<8691>, Const<8692>, Const<8693>, Const<8694>, Const<8695>, Const<8696>, Const<8697>, Const<8698>, Const<8699>, Const<8700>, Const<8701>, Const<8702>, Const<8703>),
    );
}

impl Row for typenum::consts::U34 {
    type Cols = (
        (Const<8704>, Const<8705>, Const<8706>, Const<8707>, Const<8708>, Const<8709>, Const<8710>, Const<8711>, Const<8712>, Const<8713>, Const<8714>, Const<8715>, Const<8716>, Const<8717>, Const<8718>, Const<8719>),
        (Const<8720>, Const<8721>, Const<8722>, Const<8723>, Const<8724>, Const<8725>, Const<8726>, Const<8727>, Const<8728>, Const<8729>, Const<8730>, Const<8731>, Const<8732>, Const<8733>, Const<8734>, Const<8735>),
        (Const<8736>, Const<8737>, Const<8738>, Const<8739>, Const<8740>, Const<8741>, Const<8742>, Const<8743>, Const<8744>, Const<8745>, Const<8746>, Const<8747>, Const<8748>, Const<8749>, Const<8750>, Const<8751>),
        (Const<8752>, Const<8753>, Const<8754>, Const<8755>, Const<8756>, Const<8757>, Const<8758>, Const<8759>, Const<8760>, Const<8761>, Const<8762>, Const<8763>, Const<8764>, Const<8765>, Const<8766>, Const<8767>),
        (Const<8768>, Const<8769>, Const<8770>, Const<8771>, Const<8772>, Const<8773>, Const<8774>, Const<8775>, Const<8776>, Const<8777>, Const<8778>, Const<8779>, Const<8780>, Const<8781>, Const<8782>, Const<8783>),
        (Const<8784>, Const<8785>, Const<8786>, Const<8787>, Const<8788>, Const<8789>, Const<8790>, Const<8791>, Const<8792>, Const<8793>, Const<8794>, Const<8795>, Const<8796>, Const<8797>, Const<8798>, Const<8799>),
        (Const<8800>, Const<8801>, Const<8802>, Const<8803>, Const<8804>, Const<8805>, Const<8806>, Const<8807>, Const<8808>, Const<8809>, Const<8810>, Const<8811>, Const<8812>, Const<8813>, Const<8814>, Const<8815>),
        (Const<8816>, Const<8817>, Const<8818>, Const<8819>, Const<8820>, Const<8821>, Const<8822>, Const<8823>, Const<8824>, Const<8825>, Const<8826>, Const<8827>, Const<8828>, Const<8829>, Const<8830>, Const<8831>),
        (Const<8832>, Const<8833>, Const<8834>, Const<8835>, Const<8836>, Const<8837>, Const<8838>, Const<8839>, Const<8840>, Const<8841>, Const<8842>, Const<8843>, Const<8844>, Const<8845>, Const<8846>, Const<8847>),
        (Const<8848>, Const<8849>, Const<8850>, Const<8851>, Const<8852>, Const<8853>, Const<8854>, Const<8855>, Const<8856>, Const<8857>, Const<8858>, Const<8859>, Const<8860>, Const<8861>, Const<8862>, Const<8863>),
        (Const<8864>, Const<8865>, Const<8866>, Const<8867>, Const<8868>, Const<8869>, Const<8870>, Const<8871>, Const<8872>, Const<8873>, Const<8874>, Const<8875>, Const<8876>, Const<8877>, Const<8878>, Const<8879>),
        (Const<8880>, Const<8881>, Const<8882>, Const<8883>, Const<8884>, Const<8885>, Const<8886>, Const<8887>, Const<8888>, Const<8889>, Const<8890>, Const<8891>, Const<8892>, Const<8893>, Const<8894>, Const<8895>),
        (Const<8896>, Const<8897>, Const<8898>, Const<8899>, Const<8900>, Const<8901>, Const<8902>, Const<8903>, Const<8904>, Const<8905>, Const<8906>, Const<8907>, Const<8908>, Const<8909>, Const<8910>, Const<8911>),
        (Const<8912>, Const<8913>, Const<8914>, Const<8915>, Const<8916>, Const<8917>, Const<8918>, Const<8919>, Const<8920>, Const<8921>, Const<8922>, Const<8923>, Const<8924>, Const<8925>, Const<8926>, Const<8927>),
        (Const<8928>, Const<8929>, Const<8930>, Const<8931>, Const<8932>, Const<8933>, Const<8934>, Const<8935>, Const<8936>, Const<8937>, Const<8938>, Const<8939>, Const<8940>, Const<8941>, Const<8942>, Const<8943>),
        (Const<8944>, Const<8945>, Const<8946>, Const<8947>, Const<8948>, Const<8949>, Const<8950>, Const<8951>, Const<8952>, Const<8953>, Const<8954>, Const<8955>, Const<8956>, Const<8957>, Const<8958>, Const<8959>),
    );
}

impl Row for typenum::consts::U35 {
    type Cols = (
        (Const<8960>, Const<8961>, Const<8962>, Const<8963>, Const<8964>, Const<8965>, Const<8966>, Const<8967>, Const<8968>, Const<8969>, Const<8970>, Const<8971>, Const<8972>, Const<8973>, Const<8974>, Const<8975>),
        (Const<8976>, Const<8977>, Const<8978>, Const<8979>, Const<8980>, Const<8981>, Const<8982>, Const<8983>, Const<8984>, Const<8985>, Const<8986>, Const<8987>, Const<8988>, Const<8989>, Const<8990>, Const<8991>),
        (Const<8992>, Const<8993>, Const<8994>, Const<8995>, Const<8996>, Const<8997>, Const<8998>, Const<8999>, Const<9000>, Const<9001>, Const<9002>, Const<9003>, Const<9004>, Const<9005>, Const<9006>, Const<9007>),
        (Const<9008>, Const<9009>, Const<9010>, Const<9011>, Const<9012>, Const<9013>, Const<9014>, Const<9015>, Const<9016>, Const<9017>, Const<9018>, Const<9019>, Const<9020>, Const<9021>, Const<9022>, Const<9023>),
        (Const<9024>, Const<9025>, Const<9026>, Const<9027>, Const<9028>, Const<9029>, Const<9030>, Const<9031>, Const<9032>, Const<9033>, Const<9034>, Const<9035>, Const<9036>, Const<9037>, Const<9038>, Const<9039>),
        (Const<9040>, Const<9041>, Const<9042>, Const<9043>, Const<9044>, Const<9045>, Const<9046>, Const<9047>, Const<9048>, Const<9049>, Const<9050>, Const<9051>, Const<9052>, Const<9053>, Const<9054>, Const<9055>),
        (Const<9056>, Const<9057>, Const<9058>, Const<9059>, Const<9060>, Const<9061>, Const<9062>, Const<9063>, Const<9064>, Const<9065>, Const<9066>, Const<9067>, Const<9068>, Const<9069>, Const<9070>, Const<9071>),
        (Const<9072>, Const<9073>, Const<9074>, Const<9075>, Const<9076>, Const<9077>, Const<9078>, Const<9079>, Const<9080>, Const<9081>, Const<9082>, Const<9083>, Const<9084>, Const<9085>, Const<9086>, Const<9087>),
        (Const<9088>, Const<9089>, Const<9090>, Const<9091>, Const<9092>, Const<9093>, Const<9094>, Const<9095>, Const<9096>, Const<9097>, Const<9098>, Const<9099>, Const<9100>, Const<9101>, Const<9102>, Const<9103>),
        (Const<9104>, Const<9105>, Const<9106>, Const<9107>, Const<9108>, Const<9109>, Const<9110>, Const<9111>, Const<9112>, Const<9113>, Const<9114>, Const<9115>, Const<9116>, Const<9117>, Const<9118>, Const<9119>),
        (Const<9120>, Const<9121>, Const<9122>, Const<9123>, Const<9124>, Const<9125>, Const<9126>, Const<9127>, Const<9128>, Const<9129>, Const<9130>, Const<9131>, Const<9132>, Const<9133>, Const<9134>, Const<9135>),
        (Const<9136>, Const<9137>, Const<9138>, Const<9139>, Const<9140>, Const<9141>, Const<9142>, Const<9143>, Const<9144>, Const<9145>, Const<9146>, Const<9147>, Const<9148>, Const<9149>, Const<9150>, Const<9151>),
        (Const<9152>, Const<9153>, Const<9154>, Const<9155>, Const<9156>, Const<9157>, Const<9158>, Const<9159>, Const<9160>, Const<9161>, Const<9162>, Const<9163>, Const<9164>, Const<9165>, Const<9166>, Const<9167>),
        (Const<9168>, Const<9169>, Const<9170>, Const<9171>, Const<9172>, Const<9173>, Const<9174>, Const<9175>, Const<9176>, Const<9177>, Const<9178>, Const<9179>, Const<9180>, Const<9181>, Const<9182>, Const<9183>),
        (Const<9184>, Const<9185>, Const<9186>, Const<9187>, Const<9188>, Const<9189>, Const<9190>, Const<9191>, Const<9192>, Const<9193>, Const<9194>, Const<9195>, Const<9196>, Const<9197>, Const<9198>, Const<9199>),
        (Const<9200>, Const<9201>, Const<9202>, Const<9203>, Const<9204>, Const<9205>, Const<9206>, Const<9207>, Const<9208>, Const<9209>, Const<9210>, Const<9211>, Const<9212>, Const<9213>, Const<9214>, Const<9215>),
    );
}

impl Row for typenum::consts::U36 {
    type Cols = (
        (Const<9216>, Const<9217>, Const<9218>, Const<9219>, Const<9220>, Const<9221>, Const<9222>, Const<9223>, Const<9224>, Const<9225>, Const<9226>, Const<9227>, Const<9228>, Const<9229>, Const<9230>, Const<9231>),
        (Const<9232>, Const<9233>, Const<9234>, Const<9235>, Const<9236>, Const<9237>, Const<9238>, Const<9239>, Const<9240>, Const<9241>, Const<9242>, Const<9243>, Const<9244>, Const<9245>, Const<9246>, Const<9247>),
        (Const<9248>, Const<9249>, Const<9250>, Const<9251>, Const<9252>, Const<9253>, Const<9254>, Const<9255>, Const<9256>, Const<9257>, Const<9258>, Const<9259>, Const<9260>, Const<9261>, Const<9262>, Const<9263>),
        (Const<9264>, Const<9265>, Const<9266>, Const<9267>, Const<9268>, Const<9269>, Const<9270>, Const<9271>, Const<9272>, Const<9273>, Const<9274>, Const<9275>, Const<9276>, Const<9277>, Const<9278>, Const<9279>),
        (Const<9280>, Const<9281>, Const<9282>, Const<9283>, Const<9284>, Const<9285>, Const<9286>, Const<9287>, Const<9288>, Const<9289>, Const<9290>, Const<9291>, Const<9292>, Const<9293>, Const<9294>, Const<9295>),
        (Const<9296>, Const<9297>, Const<9298>, Const<9299>, Const<9300>, Const<9301>, Const<9302>, Const<9303>, Const<9304>, Const<9305>, Const<9306>, Const<9307>, Const<9308>, Const<9309>, Const<9310>, Const<9311>),
        (Const<9312>, Const<9313>, Const<9314>, Const<9315>, Const<9316>, Const<9317>, Const<9318>, Const<9319>, Const<9320>, Const<9321>, Const<9322>, Const<9323>, Const<9324>, Const<9325>, Const<9326>, Const<9327>),
        (Const<9328>, Const<9329>, Const<9330>, Const<9331>, Const<9332>, Const<9333>, Const<9334>, Const<9335>, Const<9336>, Const<9337>, Const<9338>, Const<9339>, Const<9340>, Const<9341>, Const<9342>, Const<9343>),
        (Const<9344>, Const<9345>, Const<9346>, Const<9347>, Const<9348>, Const<9349>, Const<9350>, Const<9351>, Const<9352>, Const<9353>, Const<9354>, Const<9355>, Const<9356>, Const<9357>, Const<9358>, Const<9359>),
        (Const<9360>, Const<9361>, Const<9362>, Const<9363>, Const<9364>, Const<9365>, Const<9366>, Const<9367>, Const<9368>, Const<9369>, Const<9370>, Const<9371>, Const<9372>, Const<9373>, Const<9374>, Const<9375>),
        (Const<9376>, Const<9377>, Const<9378>, Const<9379>, Const<9380>, Const<9381>, Const<9382>, Const<9383>, Const<9384>, Const<9385>, Const<9386>, Const<9387>, Const<9388>, Const<9389>, Const<9390>, Const<9391>),
        (Const<9392>, Const<9393>, Const<9394>, Const<9395>, Const<9396>, Const<9397>, Const<9398>, Const<9399>, Const<9400>, Const<9401>, Const<9402>, Const<9403>, Const<9404>, Const<9405>, Const<9406>, Const<9407>),
        (Const<9408>, Const<9409>, Const<9410>, Const<9411>, Const<9412>, Const<9413>, Const<9414>, Const<9415>, Const<9416>, Const<9417>, Const<9418>, Const<9419>, Const<9420>, Const<9421>, Const<9422>, Const<9423>),
        (Const<9424>, Const<9425>, Const<9426>, Const<9427>, Const<9428>, Const<9429>, Const<9430>, Const<9431>, Const<9432>, Const<9433>, Const<9434>, Const<9435>, Const<9436>, Const<9437>, Const<9438>, Const<9439>),
        (Const<9440>, Const<9441>, Const<9442>, Const<9443>, Const<9444>, Const<9445>, Const<9446>, Const<9447>, Const<9448>, Const<9449>, Const<9450>, Const<9451>, Const<9452>, Const<9453>, Const<9454>, Const<9455>),
        (Const<9456>, Const<9457>, Const<9458>, Const<9459>, Const<9460>, Const<9461>, Const<9462>, Const<9463>, Const<9464>, Const<9465>, Const<9466>, Const<9467>, Const<9468>, Const<9469>, Const<9470>, Const<9471>),
    );
}

impl Row for typenum::consts::U37 {
    type Cols = (
        (Const<9472>, Const<9473>, Const<9474>, Const<9475>, Const<9476>, Const<9477>, Const<9478>, Const<9479>, Const<9480>, Const<9481>, Const<9482>, Const<9483>, Const<9484>, Const<9485>, Const<9486>, Const<9487>),
        (Const<9488>, Const<9489>, Const<9490>, Const<9491>, Const<9492>, Const<9493>, Const<9494>, Const<9495>, Const<9496>, Const<9497>, Const<9498>, Const<9499>, Const<9500>, Const<9501>, Const<9502>, Const<9503>),
        (Const<9504>, Const<9505>, Const<9506>, Const<9507>, Const<9508>, Const<9509>, Const<9510>, Const<9511>, Const<9512>, Const<9513>, Const<9514>, Const<9515>, Const<9516>, Const<9517>, Const<9518>, Const<9519>),
        (Const<9520>, Const<9521>, Const<9522>, Const<9523>, Const<9524>, Const<9525>, Const<9526>, Const<9527>, Const<9528>, Const<9529>, Const<9530>, Const<9531>, Const<9532>, Const<9533>, Const<9534>, Const<9535>),
        (Const<9536>, Const<9537>, Const<9538>, Const<9539>, Const<9540>, Const<9541>, Const<9542>, Const<9543>, Const<9544>, Const<9545>, Const<9546>, Const<9547>, Const<9548>, Const<9549>, Const<9550>, Const<9551>),
        (Const<9552>, Const<9553>, Const<9554>, Const<9555>, Const<9556>, Const<9557>, Const<9558>, Const<9559>, Const<9560>, Const<9561>, Const<9562>, Const<9563>, Const<9564>, Const<9565>, Const<9566>, Const<9567>),
        (Const<9568>, Const<9569>, Const<9570>, Const<9571>, Const<9572>, Const<9573>, Const<9574>, Const<9575>, Const<9576>, Const<9577>, Const<9578>, Const<9579>, Const<9580>, Const<9581>, Const<9582>, Const<9583>),
        (Const<9584>, Const<9585>, Const<9586>, Const<9587>, Const<9588>, Const<9589>, Const<9590>, Const<9591>, Const<9592>, Const<9593>, Const<9594>, Const<9595>, Const<9596>, Const<9597>, Const<9598>, Const<9599>),
        (Const<9600>, Const<9601>, Const<9602>, Const<9603>, Const<9604>, Const<9605>, Const<9606>, Const<9607>, Const<9608>, Const<9609>, Const<9610>, Const<9611>, Const<9612>, Const<9613>, Const<9614>, Const<9615>),
        (Const<9616>, Const<9617>, Const<9618>, Const<9619>, Const<9620>, Const<9621>, Const<9622>, Const<9623>, Const<9624>, Const<9625>, Const<9626>, Const<9627>, Const<9628>, Const<9629>, Const<9630>, Const<9631>),
        (Const<9632>, Const<9633>, Const<9634>, Const<9635>, Const<9636>, Const<9637>, Const<9638>, Const<9639>, Const<9640>, Const<9641>, Const<9642>, Const<9643>, Const<9644>, Const<9645>, Const<9646>, Const<9647>),
        (Const<9648>, Const<9649>, Const<9650>, Const<9651>, Const<9652>, Const<9653>, Const<9654>, Const<9655>, Const<9656>, Const<9657>, Const<9658>, Const<9659>, Const<9660>, Const<9661>, Const<9662>, Const<9663>),
        (Const<9664>, Const<9665>, Const<9666>, Const<9667>, Const<9668>, Const<9669>, Const<9670>, Const<9671>, Const<9672>, Const<9673>, Const<9674>, Const<9675>, Const<9676>, Const<9677>, Const<9678>, Const<9679>),
        (Const<9680>, Const<9681>, Const<9682>, Const<9683>, Const<9684>, Const<9685>, Const<9686>, Const<9687>, Const<9688>, Const<9689>, Const<9690>, Const<9691>, Const<9692>, Const<9693>, Const<9694>, Const<9695>),
        (Const<9696>, Const<9697>, Const<9698>, Const<9699>, Const<9700>, Const<9701>, Const<9702>, Const<9703>, Const<9704>, Const<9705>, Const<9706>, Const<9707>, Const<9708>, Const<9709>, Const<9710>, Const<9711>),
        (Const<9712>, Const<9713>, Const<9714>, Const<9715>, Const<9716>, Const<9717>, Const<9718>, Const<9719>, Const<9720>, Const<9721>, Const<9722>, Const<9723>, Const<9724>, Const<9725>, Const<9726>, Const<9727>),
    );
}

impl Row for typenum::consts::U38 {
    type Cols = (
        (Const<9728>, Const<9729>, Const<9730>, Const<9731>, Const<9732>, Const<9733>, Const<9734>, Const<9735>, Const<9736>, Const<9737>, Const<9738>, Const<9739>, Const<9740>, Const<9741>, Const<9742>, Const<9743>),
        (Const<9744>, Const<9745>, Const<9746>, Const<9747>, Const<9748>, Const<9749>, Const<9750>, Const<9751>, Const<9752>, Const<9753>, Const<9754>, Const<9755>, Const<9756>, Const<9757>, Const<9758>, Const<9759>),
        (Const<9760>, Const<9761>, Const<9762>, Const<9763>, Const<9764>, Const<9765>, Const<9766>, Const<9767>, Const<9768>, Const<9769>, Const<9770>, Const<9771>, Const<9772>, Const<9773>, Const<9774>, Const<9775>),
        (Const<9776>, Const<9777>, Const<9778>, Const<9779>, Const<9780>, Const<9781>, Const<9782>, Const<9783>, Const<9784>, Const<9785>, Const<9786>, Const<9787>, Const<9788>, Const<9789>, Const<9790>, Const<9791>),
        (Const<9792>, Const<9793>, Const<9794>, Const<9795>, Const<9796>, Const<9797>, Const<9798>, Const<9799>, Const<9800>, Const<9801>, Const<9802>, Const<9803>, Const<9804>, Const<9805>, Const<9806>, Const<9807>),
        (Const<9808>, Const<9809>, Const<9810>, Const<9811>, Const<9812>, Const<9813>, Const<9814>, Const<9815>, Const<9816>, Const<9817>, Const<9818>, Const<9819>, Const<9820>, Const<9821>, Const<9822>, Const<9823>),
        (Const<9824>, Const<9825>, Const<9826>, Const<9827>, Const<9828>, Const<9829>, Const<9830>, Const<9831>, Const<9832>, Const<9833>, Const<9834>, Const<9835>, Const<9836>, Const<9837>, Const<9838>, Const<9839>),
        (Const<9840>, Const<9841>, Const<9842>, Const<9843>, Const<9844>, Const<9845>, Const<9846>, Const<9847>, Const<9848>, Const<9849>, Const<9850>, Const<9851>, Const<9852>, Const<9853>, Const<9854>, Const<9855>),
        (Const<9856>, Const<9857>, Const<9858>, Const<9859>, Const<9860>, Const<9861>, Const<9862>, Const<9863>, Const<9864>, Const<9865>, Const<9866>, Const<9867>, Const<9868>, Const<9869>, Const<9870>, Const<9871>),
        (Const<9872>, Const<9873>, Const<9874>, Const<9875>, Const<9876>, Const<9877>, Const<9878>, Const<9879>, Const<9880>, Const<9881>, Const<9882>, Const<9883>, Const<9884>, Const<9885>, Const<9886>, Const<9887>),
        (Const<9888>, Const<9889>, Const<9890>, Const<9891>, Const<9892>, Const<9893>, Const<9894>, Const<9895>, Const<9896>, Const<9897>, Const<9898>, Const<9899>, Const<9900>, Const<9901>, Const<9902>, Const<9903>),
        (Const<9904>, Const<9905>, Const<9906>, Const<9907>, Const<9908>, Const<9909>, Const<9910>, Const<9911>, Const<9912>, Const<9913>, Const<9914>, Const<9915>, Const<9916>, Const<9917>, Const<9918>, Const<9919>),
        (Const<9920>, Const<9921>, Const<9922>, Const<9923>, Const<9924>, Const<9925>, Const<9926>, Const<9927>, Const<9928>, Const<9929>, Const<9930>, Const<9931>, Const<9932>, Const<9933>, Const<9934>, Const<9935>),
        (Const<9936>, Const<9937>, Const<9938>, Const<9939>, Const<9940>, Const<9941>, Const<9942>, Const<9943>, Const<9944>, Const<9945>, Const<9946>, Const<9947>, Const<9948>, Const<9949>, Const<9950>, Const<9951>),
        (Const<9952>, Const<9953>, Const<9954>, Const<9955>, Const<9956>, Const<9957>, Const<9958>, Const<9959>, Const<9960>, Const<9961>, Const<9962>, Const<9963>, Const<9964>, Const<9965>, Const<9966>, Const<9967>),
        (Const<9968>, Const<9969>, Const<9970>, Const<9971>, Const<9972>, Const<9973>, Const<9974>, Const<9975>, Const<9976>, Const<9977>, Const<9978>, Const<9979>, Const<9980>, Const<9981>, Const<9982>, Const<9983>),
    );
}

impl Row for typenum::consts::U39 {
    type Cols = (
        (Const<9984>, Const<9985>, Const<9986>, Const<9987>, Const<9988>, Const<9989>, Const<9990>, Const<9991>, Const<9992>, Const<9993>, Const<9994>, Const<9995>, Const<9996>, Const<9997>, Const<9998>, Const<9999>),
        (Const<10000>, Const<10001>, Const<10002>, Const<10003>, Const<10004>, Const<10005>, Const<10006>, Const<10007>, Const<10008>, Const<10009>, Const<10010>, Const<10011>, Const<10012>, Const<10013>, Const<10014>, Const<10015>),
        (Const<10016>, Const<10017>, Const<10018>, Const<10019>, Const<10020>, Const<10021>, Const<10022>, Const<10023>, Const<10024>, Const<10025>, Const<10026>, Const<10027>, Const<10028>, Const<10029>, Const<10030>, Const<10031>),
        (Const<10032>, Const<10033>, Const<10034>, Const<10035>, Const<10036>, Const<10037>, Const<10038>, Const<10039>, Const<10040>, Const<10041>, Const<10042>, Const<10043>, Const<10044>, Const<10045>, Const<10046>, Const<10047>),
        (Const<10048>, Const<10049>, Const<10050>, Const<10051>, Const<10052>, Const<10053>, Const<10054>, Const<10055>, Const<10056>, Const<10057>, Const<10058>, Const<10059>, Const<10060>, Const<10061>, Const<10062>, Const<10063>),
        (Const<10064>, Const<10065>, Const<10066>, Const<10067>, Const<10068>, Const<10069>, Const<10070>, Const<10071>, Const<10072>, Const<10073>, Const<10074>, Const<10075>, Const<10076>, Const<10077>, Const<10078>, Const<10079>),
        (Const<10080>, Const<10081>, Const<10082>, Const<10083>, Const<10084>, Const<10085>, Const<10086>, Const<10087>, Const<10088>, Const<10089>, Const<10090>, Const<10091>, Const<10092>, Const<10093>, Const<10094>, Const<10095>),
        (Const<10096>, Const<10097>, Const<10098>, Const<10099>, Const<10100>, Const<10101>, Const<10102>, Const<10103>, Const<10104>, Const<10105>, Const<10106>, Const<10107>, Const<10108>, Const<10109>, Const<10110>, Const<10111>),
        (Const<10112>, Const<10113>, Const<10114>, Const<10115>, Const<10116>, Const<10117>, Const<10118>, Const<10119>, Const<10120>, Const<10121>, Const<10122>, Const<10123>, Const<10124>, Const<10125>, Const<10126>, Const<10127>),
        (Const<10128>, Const<10129>, Const<10130>, Const<10131>, Const<10132>, Const<10133>, Const<10134>, Const<10135>, Const<10136>, Const<10137>, Const<10138>, Const<10139>, Const<10140>, Const<10141>, Const<10142>, Const<10143>),
        (Const<10144>, Const<10145>, Const<10146>, Const<10147>, Const<10148>, Const<10149>, Const<10150>, Const<10151>, Const<10152>, Const<10153>, Const<10154>, Const<10155>, Const<10156>, Const<10157>, Const<10158>, Const<10159>),
        (Const<10160>, Const<10161>, Const<10162>, Const<10163>, Const<10164>, Const<10165>, Const<10166>, Const<10167>, Const<10168>, Const<10169>, Const<10170>, Const<10171>, Const<10172>, Const<10173>, Const<10174>, Const<10175>),
        (Const<10176>, Const<10177>, Const<10178>, Const<10179>, Const<10180>, Const<10181>, Const<10182>, Const<10183>, Const<10184>, Const<10185>, Const<10186>, Const<10187>, Const<10188>, Const<10189>, Const<10190>, Const<10191>),
        (Const<10192>, Const<10193>, Const<10194>, Const<10195>, Const<10196>, Const<10197>, Const<10198>, Const<10199>, Const<10200>, Const<10201>, Const<10202>, Const<10203>, Const<10204>, Const<10205>, Const<10206>, Const<10207>),
        (Const<10208>, Const<10209>, Const<10210>, Const<10211>, Const<10212>, Const<10213>, Const<10214>, Const<10215>, Const<10216>, Const<10217>, Const<10218>, Const<10219>, Const<10220>, Const<10221>, Const<10222>, Const<10223>),
        (Const<10224>, Const<10225>, Const<10226>, Const<10227>, Const<10228>, Const<10229>, Const<10230>, Const<10231>, Const<10232>, Const<10233>, Const<10234>, Const<10235>, Const<10236>, Const<10237>, Const<10238>, Const<10239>),
    );
}

impl Row for typenum::consts::U40 {
    type Cols = (
        (Const<10240>, Const<10241>, Const<10242>, Const<10243>, Const<10244>, Const<10245>, Const<10246>, Const<10247>, Const<10248>, Const<10249>, Const<10250>, Const<10251>, Const<10252>, Const<10253>, Const<10254>, Const<10255>),
        (Const<10256>, Const<10257>, Const<10258>, Const<10259>, Const<10260>, Const<10261>, Const<10262>, Const<10263>, Const<10264>, Const<10265>, Const<10266>, Const<10267>, Const<10268>, Const<10269>, Const<10270>, Const<10271>),
        (Const<10272>, Const<10273>, Const<10274>, Const<10275>, Const<10276>, Const<10277>, Const<10278>, Const<10279>, Const<10280>, Const<10281>, Const<10282>, Const<10283>, Const<10284>, Const<10285>, Const<10286>, Const<10287>),
        (Const<10288>, Const<10289>, Const<10290>, Const<10291>, Const<10292>, Const<10293>, Const<10294>, Const<10295>, Const<10296>, Const<10297>, Const<10298>, Const<10299>, Const<10300>, Const<10301>, Const<10302>, Const<10303>),
        (Const<10304>, Const<10305>, Const<10306>, Const<10307>, Const<10308>, Const<10309>, Const<10310>, Const<10311>, Const<10312>, Const<10313>, Const<10314>, Const<10315>, Const<10316>, Const<10317>, Const<10318>, Const<10319>),
        (Const<10320>, Const<10321>, Const<10322>, Const<10323>, Const<10324>, Const<10325>, Const<10326>, Const<10327>, Const<10328>, Const<10329>, Const<10330>, Const<10331>, Const<10332>, Const<10333>, Const<10334>, Const<10335>),
        (Const<10336>, Const<10337>, Const<10338>, Const<10339>, Const<10340>, Const<10341>, Const<10342>, Const<10343>, Const<10344>, Const<10345>, Const<10346>, Const<10347>, Const<10348>, Const<10349>, Const<10350>, Const<10351>),
        (Const<10352>, Const<10353>, Const<10354>, Const<10355>, Const<10356>, Const<10357>, Const<10358>, Const<10359>, Const<10360>, Const<10361>, Const<10362>, Const<10363>, Const<10364>, Const<10365>, Const<10366>, Const<10367>),
        (Const<10368>, Const<10369>, Const<10370>, Const<10371>, Const<10372>, Const<10373>, Const<10374>, Const<10375>, Const<10376>, Const<10377>, Const<10378>, Const<10379>, Const<10380>, Const<10381>, Const<10382>, Const<10383>),
        (Const<10384>, Const<10385>, Const<10386>, Const<10387>, Const<10388>, Const<10389>, Const<10390>, Const<10391>, Const<10392>, Const<10393>, Const<10394>, Const<10395>, Const<10396>, Const<10397>, Const<10398>, Const<10399>),
        (Const<10400>, Const<10401>, Const<10402>, Const<10403>, Const<10404>, Const<10405>, Const<10406>, Const<10407>, Const<10408>, Const<10409>, Const<10410>, Const<10411>, Const<10412>, Const<10413>, Const<10414>, Const<10415>),
        (Const<10416>, Const<10417>, Const<10418>, Const<10419>, Const<10420>, Const<10421>, Const<10422>, Const<10423>, Const<10424>, Const<10425>, Const<10426>, Const<10427>, Const<10428>, Const<10429>, Const<10430>, Const<10431>),
        (Const<10432>, Const<10433>, Const<10434>, Const<10435>, Const<10436>, Const<10437>, Const<10438>, Const<10439>, Const<10440>, Const<10441>, Const<10442>, Const<10443>, Const<10444>, Const<10445>, Const<10446>, Const<10447>),
        (Const<10448>, Const<10449>, Const<10450>, Const<10451>, Const<10452>, Const<10453>, Const<10454>, Const<10455>, Const<10456>, Const<10457>, Const<10458>, Const<10459>, Const<10460>, Const<10461>, Const<10462>, Const<10463>),
        (Const<10464>, Const<10465>, Const<10466>, Const<10467>, Const<10468>, Const<10469>, Const<10470>, Const<10471>, Const<10472>, Const<10473>, Const<10474>, Const<10475>, Const<10476>, Const<10477>, Const<10478>, Const<10479>),
        (Const<10480>, Const<10481>, Const<10482>, Const<10483>, Const<10484>, Const<10485>, Const<10486>, Const<10487>, Const<10488>, Const<10489>, Const<10490>, Const<10491>, Const<10492>, Const<10493>, Const<10494>, Const<10495>),
    );
}

impl Row for typenum::consts::U41 {
    type Cols = (
        (Const<10496>, Const<10497>, Const<10498>, Const<10499>, Const<10500>, Const<10501>, Const<10502>, Const<10503>, Const<10504>, Const<10505>, Const<10506>, Const<10507>, Const<10508>, Const<10509>, Const<10510>, Const<10511>),
        (Const<10512>, Const<10513>, Const<10514>, Const<10515>, Const<10516>, Const<10517>, Const<10518>, Const<10519>, Const<10520>, Const<10521>, Const<10522>, Const<10523>, Const<10524>, Const<10525>, Const<10526>, Const<10527>),
        (Const<10528>, Const<10529>, Const<10530>, Const<10531>, Const<10532>, Const<10533>, Const<10534>, Const<10535>, Const<10536>, Const<10537>, Const<10538>, Const<10539>, Const<10540>, Const<10541>, Const<10542>, Const<10543>),
        (Const<10544>, Const<10545>, Const<10546>, Const<10547>, Const<10548>, Const<10549>, Const<10550>, Const<10551>, Const<10552>, Const<10553>, Const<10554>, Const<10555>, Const<10556>, Const<10557>, Const<10558>, Const<10559>),
        (Const<10560>, Const<10561>, Const<10562>, Const<10563>, Const<10564>, Const<10565>, Const<10566>, Const<10567>, Const<10568>, Const<10569>, Const<10570>, Const<10571>, Const<10572>, Const<10573>, Const<10574>, Const<10575>),
        (Const<10576>, Const<10577>, Const<10578>, Const<10579>, Const<10580>, Const<10581>, Const<10582>, Const<10583>, Const<10584>, Const<10585>, Const<10586>, Const<10587>, Const<10588>, Const<10589>, Const<10590>, Const<10591>),
        (Const<10592>, Const<10593>, Const<10594>, Const<10595>, Const<10596>, Const<10597>, Const<10598>, Const<10599>, Const<10600>, Const<10601>, Const<10602>, Const<10603>, Const<10604>, Const<10605>, Const<10606>, Const<10607>),
        (Const<10608>, Const<10609>, Const<10610>, Const<10611>, Const<10612>, Const<10613>, Const<10614>, Const<10615>, Const<10616>, Const<10617>, Const<10618>, Const<10619>, Const<10620>, Const<10621>, Const<10622>, Const<10623>),
        (Const<10624>, Const<10625>, Const<10626>, Const<10627>, Const<10628>, Const<10629>, Const<10630>, Const<10631>, Const<10632>, Const<10633>, Const<10634>, Const<10635>, Const<10636>, Const<10637>, Const<10638>, Const<10639>),
        (Const<10640>, Const<10641>, Const<10642>, Const<10643>, Const<10644>, Const<10645>, Const<10646>, Const<10647>, Const<10648>, Const<10649>, Const<10650>, Const<10651>, Const<10652>, Const<10653>, Const<10654>, Const<10655>),
        (Const<10656>, Const<10657>, Const<10658>, Const<10659>, Const<10660>, Const<10661>, Const<10662>, Const<10663>, Const<10664>, Const<10665>, Const<10666>, Const<10667>, Const<10668>, Const<10669>, Const<10670>, Const<10671>),
        (Const<10672>, Const<10673>, Const<10674>, Const<10675>, Const<10676>, Const<10677>, Const<10678>, Const<10679>, Const<10680>, Const<10681>, Const<10682>, Const<10683>, Const<10684>, Const<10685>, Const<10686>, Const<10687>),
        (Const<10688>, Const<10689>, Const<10690>, Const<10691>, Const<10692>, Const<10693>, Const<10694>, Const<10695>, Const<10696>, Const<10697>, Const<10698>, Const<10699>, Const<10700>, Const<10701>, Const<10702>, Const<10703>),
        (Const<10704>, Const<10705>, Const<10706>, Const<10707>, Const<10708>, Const<10709>, Const<10710>, Const<10711>, Const<10712>, Const<10713>, Const<10714>, Const<10715>, Const<10716>, Const<10717>, Const<10718>, Const<10719>),
        (Const<10720>, Const<10721>, Const<10722>, Const<10723>, Const<10724>, Const<10725>, Const<10726>, Const<10727>, Const<10728>, Const<10729>, Const<10730>, Const<10731>, Const<10732>, Const<10733>, Const<10734>, Const<10735>),
        (Const<10736>, Const<10737>, Const<10738>, Const<10739>, Const<10740>, Const<10741>, Const<10742>, Const<10743>, Const<10744>, Const<10745>, Const<10746>, Const<10747>, Const<10748>, Const<10749>, Const<10750>, Const<10751>),
    );
}

impl Row for typenum::consts::U42 {
    type Cols = (
        (Const<10752>, Const<10753>, Const<10754>, Const<10755>, Const<10756>, Const<10757>, Const<10758>, Const<10759>, Const<10760>, Const<10761>, Const<10762>, Const<10763>, Const<10764>, Const<10765>, Const<10766>, Const<10767>),
        (Const<10768>, Const<10769>, Const<10770>, Const<10771>, Const<10772>, Const<10773>, Const<10774>, Const<10775>, Const<10776>, Const<10777>, Const<10778>, Const<10779>, Const<10780>, Const<10781>, Const<10782>, Const<10783>),
        (Const<10784>, Const<10785>, Const<10786>, Const<10787>, Const<10788>, Const<10789>, Const<10790>, Const<10791>, Const<10792>, Const<10793>, Const<10794>, Const<10795>, Const<10796>, Const<10797>, Const<10798>, Const<10799>),
        (Const<10800>, Const<10801>, Const<10802>, Const<10803>, Const<10804>, Const<10805>, Const<10806>, Const<10807>, Const<10808>, Const<10809>, Const<10810>, Const<10811>, Const<10812>, Const<10813>, Const<10814>, Const<10815>),
        (Const<10816>, Const<10817>, Const<10818>, Const<10819>, Const<10820>, Const<10821>, Const<10822>, Const<10823>, Const<10824>, Const<10825>, Const<10826>, Const<10827>, Const<10828>, Const<10829>, Const<10830>, Const<10831>),
        (Const<10832>, Const<10833>, Const<10834>, Const<10835>, Const<10836>, Const<10837>, Const<10838>, Const<10839>, Const<10840>, Const<10841>, Const<10842>, Const<10843>, Const<10844>, Const<10845>, Const<10846>, Const<10847>),
        (Const<10848>, Const<10849>, Const<10850>, Const<10851>, Const<10852>, Const<10853>, Const<10854>, Const<10855>, Const<10856>, Const<10857>, Const<10858>, Const<10859>, Const<10860>, Const<10861>, Const<10862>, Const<10863>),
        (Const<10864>, Const<10865>, Const<10866>, Const<10867>, Const<10868>, Const<10869>, Const<10870>, Const<10871>, Const<10872>, Const<10873>, Const<10874>, Const<10875>, Const<10876>, Const<10877>, Const<10878>, Const<10879>),
        (Const<10880>, Const<10881>, Const<10882>, Const<10883>, Const<10884>, Const<10885>, Const<10886>, Const<10887>, Const<10888>, Const<10889>, Const<10890>, Const<10891>, Const<10892>, Const<10893>, Const<10894>, Const<10895>),
        (Const<10896>, Const<10897>, Const<10898>, Const<10899>, Const<10900>, Const<10901>, Const<10902>, Const<10903>, Const<10904>, Const<10905>, Const<10906>, Const<10907>, Const<10908>, Const<10909>, Const<10910>, Const<10911>),
        (Const<10912>, Const<10913>, Const<10914>, Const<10915>, Const<10916>, Const<10917>, Const<10918>, Const<10919>, Const<10920>, Const<10921>, Const<10922>, Const<10923>, Const<10924>, Const<10925>, Const<10926>, Const<10927>),
        (Const<10928>, Const<10929>, Const<10930>, Const<10931>, Const<10932>, Const<10933>, Const<10934>, Const<10935>, Const<10936>, Const<10937>, Const<10938>, Const<10939>, Const<10940>, Const<10941>, Const<10942>, Const<10943>),
        (Const<10944>, Const<10945>, Const<10946>, Const<10947>, Const<10948>, Const<10949>, Const<10950>, Const<10951>, Const<10952>, Const<10953>, Const<10954>, Const<10955>, Const<10956>, Const<10957>, Const<10958>, Const<10959>),
        (Const<10960>, Const<10961>, Const<10962>, Const<10963>, Const<10964>, Const<10965>, Const<10966>, Const<10967>, Const<10968>, Const<10969>, Const<10970>, Const<10971>, Const<10972>, Const<10973>, Const<10974>, Const<10975>),
        (Const<10976>, Const<10977>, Const<10978>, Const<10979>, Const<10980>, Const<10981>, Const<10982>, Const<10983>, Const<10984>, Const<10985>, Const<10986>, Const<10987>, Const<10988>, Const<10989>, Const<10990>, Const<10991>),
        (Const<10992>, Const<10993>, Const<10994>, Const<10995>, Const<10996>, Const<10997>, Const<10998>, Const<10999>, Const<11000>, Const<11001>, Const<11002>, Const<11003>, Const<11004>, Const<11005>, Const<11006>, Const<11007>),
    );
}

impl Row for typenum::consts::U43 {
    type Cols = (
        (Const<11008>, Const<11009>, Const<11010>, Const<11011>, Const<11012>, Const<11013>, Const<11014>, Const<11015>, Const<11016>, Const<11017>, Const<11018>, Const<11019>, Const<11020>, Const<11021>, Const<11022>, Const<11023>),
        (Const<11024>, Const<11025>, Const<11026>, Const<11027>, Const<11028>, Const<11029>, Const<11030>, Const<11031>, Const<11032>, Const<11033>, Const<11034>, Const<11035>, Const<11036>, Const<11037>, Const<11038>, Const<11039>),
        (Const<11040>, Const<11041>, Const<11042>, Const<11043>, Const<11044>, Const<11045>, Const<11046>, Const<11047>, Const<11048>, Const<11049>, Const<11050>, Const<11051>, Const<11052>, Const<11053>, Const<11054>, Const<11055>),
        (Const<11056>, Const<11057>, Const<11058>, Const<11059>, Const<11060>, Const<11061>, Const<11062>, Const<11063>, Const<11064>, Const<11065>, Const<11066>, Const<11067>, Const<11068>, Const<11069>, Const<11070>, Const<11071>),
        (Const<11072>, Const<11073>, Const<11074>, Const<11075>, Const<11076>, Const<11077>, Const<11078>, Const<11079>, Const<11080>, Const<11081>, Const<11082>, Const<11083>, Const<11084>, Const<11085>, Const<11086>, Const<11087>),
        (Const<11088>, Const<11089>, Const<11090>, Const<11091>, Const<11092>, Const<11093>, Const<11094>, Const<11095>, Const<11096>, Const<11097>, Const<11098>, Const<11099>, Const<11100>, Const<11101>, Const<11102>, Const<11103>),
        (Const<11104>, Const<11105>, Const<11106>, Const<11107>, Const<11108>, Const<11109>, Const<11110>, Const<11111>, Const<11112>, Const<11113>, Const<11114>, Const<11115>, Const<11116>, Const<11117>, Const<11118>, Const<11119>),
        (Const<11120>, Const<11121>, Const<11122>, Const<11123>, Const<11124>, Const<11125>, Const<11126>, Const<11127>, Const<11128>, Const<11129>, Const<11130>, Const<11131>, Const<11132>, Const<11133>, Const<11134>, Const<11135>),
        (Const<11136>, Const<11137>, Const<11138>, Const<11139>, Const<11140>, Const<11141>, Const<11142>, Const<11143>, Const<11144>, Const<11145>, Const<11146>, Const<11147>, Const<11148>, Const<11149>, Const<11150>, Const<11151>),
        (Const<11152>, Const<11153>, Const<11154>, Const<11155>, Const<11156>, Const<11157>, Const<11158>, Const<11159>, Const<11160>, Const<11161>, Const<11162>, Const<11163>, Const<11164>, Const<11165>, Const<11166>, Const<11167>),
        (Const<11168>, Const<11169>, Const<11170>, Const<11171>, Const<11172>, Const<11173>, Const<11174>, Const<11175>, Const<11176>, Const<11177>, Const<11178>, Const<11179>, Const<11180>, Const<11181>, Const<11182>, Const<11183>),
        (Const<11184>, Const<11185>, Const<11186>, Const<11187>, Const<11188>, Const<11189>, Const<11190>, Const<11191>, Const<11192>, Const<11193>, Const<11194>, Const<11195>, Const<11196>, Const<11197>, Const<11198>, Const<11199>),
        (Const<11200>, Const<11201>, Const<11202>, Const<11203>, Const<11204>, Const<11205>, Const<11206>, Const<11207>, Const<11208>, Const<11209>, Const<11210>, Const<11211>, Const<11212>, Const<11213>, Const<11214>, Const<11215>),
        (Const<11216>, Const<11217>, Const<11218>, Const<11219>, Const<11220>, Const<11221>, Const<11222>, Const<11223>, Const<11224>, Const<11225>, Const<11226>, Const<11227>, Const<11228>, Const<11229>, Const<11230>, Const<11231>),
        (Const<11232>, Const<11233>, Const<11234>, Const<11235>, Const<11236>, Const<11237>, Const<11238>, Const<11239>, Const<11240>, Const<11241>, Const<11242>, Const<11243>, Const<11244>, Const<11245>, Const<11246>, Const<11247>),
        (Const<11248>, Const<11249>, Const<11250>, Const<11251>, Const<11252>, Const<11253>, Const<11254>, Const<11255>, Const<11256>, Const<11257>, Const<11258>, Const<11259>, Const<11260>, Const<11261>, Const<11262>, Const<11263>),
    );
}

impl Row for typenum::consts::U44 {
    type Cols = (
        (Const<11264>, Const<11265>, Const<11266>, Const<11267>, Const<11268>, Const<11269>, Const<11270>, Const<11271>, Const<11272>, Const<11273>, Const<11274>, Const<11275>, Const<11276>, Const<11277>, Const<11278>, Const<11279>),
        (Const<11280>, Const<11281>, Const<11282>, Const<11283>, Const<11284>, Const<11285>, Const<11286>, Const<11287>, Const<11288>, Const<11289>, Const<11290>, Const<11291>, Const<11292>, Const<11293>, Const<11294>, Const<11295>),
        (Const<11296>, Const<11297>, Const<11298>, Const<11299>, Const<11300>, Const<11301>, Const<11302>, Const<11303>, Const<11304>, Const<11305>, Const<11306>, Const<11307>, Const<11308>, Const<11309>, Const<11310>, Const<11311>),
        (Const<11312>, Const<11313>, Const<11314>, Const<11315>, Const<11316>, Const<11317>, Const<11318>, Const<11319>, Const<11320>, Const<11321>, Const<11322>, Const<11323>, Const<11324>, Const<11325>, Const<11326>, Const<11327>),
        (Const<11328>, Const<11329>, Const<11330>, Const<11331>, Const<11332>, Const<11333>, Const<11334>, Const<11335>, Const<11336>, Const<11337>, Const<11338>, Const<11339>, Const<11340>, Const<11341>, Const<11342>, Const<11343>),
        (Const<11344>, Const<11345>, Const<11346>, Const<11347>, Const<11348>, Const<11349>, Const<11350>, Const<11351>, Const<11352>, Const<11353>, Const<11354>, Const<11355>, Const<11356>, Const<11357>, Const<11358>, Const<11359>),
        (Const<11360>, Const<11361>, Const<11362>, Const<11363>, Const<11364>, Const<11365>, Const<11366>, Const<11367>, Const<11368>, Const<11369>, Const<11370>, Const<11371>, Const<11372>, Const<11373>, Const<11374>, Const<11375>),
        (Const<11376>, Const<11377>, Const<11378>, Const<11379>, Const<11380>, Const<11381>, Const<11382>, Const<11383>, Const<11384>, Const<11385>, Const<11386>, Const<11387>, Const<11388>, Const<11389>, Const<11390>, Const<11391>),
        (Const<11392>, Const<11393>, Const<11394>, Const<11395>, Const<11396>, Const<11397>, Const<11398>, Const<11399>, Const<11400>, Const<11401>, Const<11402>, Const<11403>, Const<11404>, Const<11405>, Const<11406>, Const<11407>),
        (Const<11408>, Const<11409>, Const<11410>, Const<11411>, Const<11412>, Const<11413>, Const<11414>, Const<11415>, Const<11416>, Const<11417>, Const<11418>, Const<11419>, Const<11420>, Const<11421>, Const<11422>, Const<11423>),
        (Const<11424>, Const<11425>, Const<11426>, Const<11427>, Const<11428>, Const<11429>, Const<11430>, Const<11431>, Const<11432>, Const<11433>, Const<11434>, Const<11435>, Const<11436>, Const<11437>, Const<11438>, Const<11439>),
        (Const<11440>, Const<11441>, Const<11442>, Const<11443>, Const<11444>, Const<11445>, Const<11446>, Const<11447>, Const<11448>, Const<11449>, Const<11450>, Const<11451>, Const<11452>, Const<11453>, Const<11454>, Const<11455>),
        (Const<11456>, Const<11457>, Const<11458>, Const<11459>, Const<11460>, Const<11461>, Const<11462>, Const<11463>, Const<11464>, Const<11465>, Const<11466>, Const<11467>, Const<11468>, Const<11469>, Const<11470>, Const<11471>),
        (Const<11472>, Const<11473>, Const<11474>, Const<11475>, Const<11476>, Const<11477>, Const<11478>, Const<11479>, Const<11480>, Const<11481>, Const<11482>, Const<11483>, Const<11484>, Const<11485>, Const<11486>, Const<11487>),
        (Const<11488>, Const<11489>, Const<11490>, Const<11491>, Const<11492>, Const<11493>, Const<11494>, Const<11495>, Const<11496>, Const<11497>, Const<11498>, Const<11499>, Const<11500>, Const<11501>, Const<11502>, Const<11503>),
        (Const<11504>, Const<11505>, Const<11506>, Const<11507>, Const<11508>, Const<11509>, Const<11510>, Const<11511>, Const<11512>, Const<11513>, Const<11514>, Const<11515>, Const<11516>, Const<11517>, Const<11518>, Const<11519>),
    );
}

impl Row for typenum::consts::U45 {
    type Cols = (
        (Const<11520>, Const<11521>, Const<11522>, Const<11523>, Const<11524>, Const<11525>, Const<11526>, Const<11527>, Const<11528>, Const<11529>, Const<11530>, Const<11531>, Const<11532>, Const<11533>, Const<11534>, Const<11535>),
        (Const<11536>, Const<11537>, Const<11538>, Const<11539>, Const<11540>, Const<11541>, Const<11542>, Const<11543>, Const<11544>, Const<11545>, Const<11546>, Const<11547>, Const<11548>, Const<11549>, Const<11550>, Const<11551>),
        (Const<11552>, Const<11553>, Const<11554>, Const<11555>, Const<11556>, Const<11557>, Const<11558>, Const<11559>, Const<11560>, Const<11561>, Const<11562>, Const<11563>, Const<11564>, Const<11565>, Const<11566>, Const<11567>),
        (Const<11568>, Const<11569>, Const<11570>, Const<11571>, Const<11572>, Const<11573>, Const<11574>, Const<11575>, Const<11576>, Const<11577>, Const<11578>, Const<11579>, Const<11580>, Const<11581>, Const<11582>, Const<11583>),
        (Const<11584>, Const<11585>, Const<11586>, Const<11587>, Const<11588>, Const<11589>, Const<11590>, Const<11591>, Const<11592>, Const<11593>, Const<11594>, Const<11595>, Const<11596>, Const<11597>, Const<11598>, Const<11599>),
        (Const<11600>, Const<11601>, Const<11602>, Const<11603>, Const<11604>, Const<11605>, Const<11606>, Const<11607>, Const<11608>, Const<11609>, Const<11610>, Const<11611>, Const<11612>, Const<11613>, Const<11614>, Const<11615>),
        (Const<11616>, Const<11617>, Const<11618>, Const<11619>, Const<11620>, Const<11621>, Const<11622>, Const<11623>, Const<11624>, Const<11625>, Const<11626>, Const<11627>, Const<11628>, Const<11629>, Const<11630>, Const<11631>),
        (Const<11632>, Const<11633>, Const<11634>, Const<11635>, Const<11636>, Const<11637>, Const<11638>, Const<11639>, Const<11640>, Const<11641>, Const<11642>, Const<11643>, Const<11644>, Const<11645>, Const<11646>, Const<11647>),
        (Const<11648>, Const<11649>, Const<11650>, Const<11651>, Const<11652>, Const<11653>, Const<11654>, Const<11655>, Const<11656>, Const<11657>, Const<11658>, Const<11659>, Const<11660>, Const<11661>, Const<11662>, Const<11663>),
        (Const<11664>, Const<11665>, Const<11666>, Const<11667>, Const<11668>, Const<11669>, Const<11670>, Const<11671>, Const<11672>, Const<11673>, Const<11674>, Const<11675>, Const<11676>, Const<11677>, Const<11678>, Const<11679>),
        (Const<11680>, Const<11681>, Const<11682>, Const<11683>, Const<11684>, Const<11685>, Const<11686>, Const<11687>, Const<11688>, Const<11689>, Const<11690>, Const<11691>, Const<11692>, Const<11693>, Const<11694>, Const<11695>),
        (Const<11696>, Const<11697>, Const<11698>, Const<11699>, Const<11700>, Const<11701>, Const<11702>, Const<11703>, Const<11704>, Const<11705>, Const<11706>, Const<11707>, Const<11708>, Const<11709>, Const<11710>, Const<11711>),
        (Const<11712>, Const<11713>, Const<11714>, Const<11715>, Const<11716>, Const<11717>, Const<11718>, Const<11719>, Const<11720>, Const<11721>, Const<11722>, Const<11723>, Const<11724>, Const<11725>, Const<11726>, Const<11727>),
        (Const<11728>, Const<11729>, Const<11730>, Const<11731>, Const<11732>, Const<11733>, Const<11734>, Const<11735>, Const<11736>, Const<11737>, Const<11738>, Const<11739>, Const<11740>, Const<11741>, Const<11742>, Const<11743>),
        (Const<11744>, Const<11745>, Const<11746>, Const<11747>, Const<11748>, Const<11749>, Const<11750>, Const<11751>, Const<11752>, Const<11753>, Const<11754>, Const<11755>, Const<11756>, Const<11757>, Const<11758>, Const<11759>),
        (Const<11760>, Const<11761>, Const<11762>, Const<11763>, Const<11764>, Const<11765>, Const<11766>, Const<11767>, Const<11768>, Const<11769>, Const<11770>, Const<11771>, Const<11772>, Const<11773>, Const<11774>, Const<11775>),
    );
}

impl Row for typenum::consts::U46 {
    type Cols = (
        (Const<11776>, Const<11777>, Const<11778>, Const<11779>, Const<11780>, Const<11781>, Const<11782>, Const<11783>, Const<11784>, Const<11785>, Const<11786>, Const<11787>, Const<11788>, Const<11789>, Const<11790>, Const<11791>),
        (Const<11792>, Const<11793>, Const<11794>, Const<11795>, Const<11796>, Const<11797>, Const<11798>, Const<11799>, Const<11800>, Const<11801>, Const<11802>, Const<11803>, Const<11804>, Const<11805>, Const<11806>, Const<11807>),
        (Const<11808>, Const<11809>, Const<11810>, Const<11811>, Const<11812>, Const<11813>, Const<11814>, Const<11815>, Const<11816>, Const<11817>, Const<11818>, Const<11819>, Const<11820>, Const<11821>, Const<11822>, Const<11823>),
        (Const<11824>, Const<11825>, Const<11826>, Const<11827>, Const<11828>, Const<11829>, Const<11830>, Const<11831>, Const<11832>, Const<11833>, Const<11834>, Const<11835>, Const<11836>, Const<11837>, Const<11838>, Const<11839>),
        (Const<11840>, Const<11841>, Const<11842>, Const<11843>, Const<11844>, Const<11845>, Const<11846>, Const<11847>, Const<11848>, Const<11849>, Const<11850>, Const<11851>, Const<11852>, Const<11853>, Const<11854>, Const<11855>),
        (Const<11856>, Const<11857>, Const<11858>, Const<11859>, Const<11860>, Const<11861>, Const<11862>, Const<11863>, Const<11864>, Const<11865>, Const<11866>, Const<11867>, Const<11868>, Const<11869>, Const<11870>, Const<11871>),
        (Const<11872>, Const<11873>, Const<11874>, Const<11875>, Const<11876>, Const<11877>, Const<11878>, Const<11879>, Const<11880>, Const<11881>, Const<11882>, Const<11883>, Const<11884>, Const<11885>, Const<11886>, Const<11887>),
        (Const<11888>, Const<11889>, Const<11890>, Const<11891>, Const<11892>, Const<11893>, Const<11894>, Const<11895>, Const<11896>, Const<11897>, Const<11898>, Const<11899>, Const<11900>, Const<11901>, Const<11902>, Const<11903>),
        (Const<11904>, Const<11905>, Const<11906>, Const<11907>, Const<11908>, Const<11909>, Const<11910>, Const<11911>, Const<11912>, Const<11913>, Const<11914>, Const<11915>, Const<11916>, Const<11917>, Const<11918>, Const<11919>),
        (Const<11920>, Const<11921>, Const<11922>, Const<11923>, Const<11924>, Const<11925>, Const<11926>, Const<11927>, Const<11928>, Const<11929>, Const<11930>, Const<11931>, Const<11932>, Const<11933>, Const<11934>, Const<11935>),
        (Const<11936>, Const<11937>, Const<11938>, Const<11939>, Const<11940>, Const<11941>, Const<11942>, Const<11943>, Const<11944>, Const<11945>, Const<11946>, Const<11947>, Const<11948>, Const<11949>, Const<11950>, Const<11951>),
        (Const<11952>, Const<11953>, Const<11954>, Const<11955>, Const<11956>, Const<11957>, Const<11958>, Const<11959>, Const<11960>, Const<11961>, Const<11962>, Const<11963>, Const<11964>, Const<11965>, Const<11966>, Const<11967>),
        (Const<11968>, Const<11969>, Const<11970>, Const<11971>, Const<11972>, Const<11973>, Const<11974>, Const<11975>, Const<11976>, Const<11977>, Const<11978>, Const<11979>, Const<11980>, Const<11981>, Const<11982>, Const<11983>),
        (Const<11984>, Const<11985>, Const<11986>, Const<11987>, Const<11988>, Const<11989>, Const<11990>, Const<11991>, Const<11992>, Const<11993>, Const<11994>, Const<11995>, Const<11996>, Const<11997>, Const<11998>, Const<11999>),
        (Const<12000>, Const<12001>, Const<12002>, Const<12003>, Const<12004>, Const<12005>, Const<12006>, Const<12007>, Const<12008>, Const<12009>, Const<12010>, Const<12011>, Const<12012>, Const<12013>, Const<12014>, Const<12015>),
        (Const<12016>, Const<12017>, Const<12018>, Const<12019>, Const<12020>, Const<12021>, Const<12022>, Const<12023>, Const<12024>, Const<12025>, Const<12026>, Const<12027>, Const<12028>, Const<12029>, Const<12030>, Const<12031>),
    );
}

impl Row for typenum::consts::U47 {
    type Cols = (
        (Const<12032>, Const<12033>, Const<12034>, Const<12035>, Const<12036>, Const<12037>, Const<12038>, Const<12039>, Const<12040>, Const<12041>, Const<12042>, Const<12043>, Const<12044>, Const<12045>, Const<12046>, Const<12047>),
        (Const<12048>, Const<12049>, Const<12050>, Const<12051>, Const<12052>, Const<12053>, Const<12054>, Const<12055>, Const<12056>, Const<12057>, Const<12058>, Const<12059>, Const<12060>, Const<12061>, Const<12062>, Const<12063>),
        (Const<12064>, Const<12065>, Const<12066>, Const<12067>, Const<12068>, Const<12069>, Const<12070>, Const<12071>, Const<12072>, Const<12073>, Const<12074>, Const<12075>, Const<12076>, Const<12077>, Const<12078>, Const<12079>),
        (Const<12080>, Const<12081>, Const<12082>, Const<12083>, Const<12084>, Const<12085>, Const<12086>, Const<12087>, Const<12088>, Const<12089>, Const<12090>, Const<12091>, Const<12092>, Const<12093>, Const<12094>, Const<12095>),
        (Const<12096>, Const<12097>, Const<12098>, Const<12099>, Const<12100>, Const<12101>, Const<12102>, Const<12103>, Const<12104>, Const<12105>, Const<12106>, Const<12107>, Const<12108>, Const<12109>, Const<12110>, Const<12111>),
        (Const<12112>, Const<12113>, Const<12114>, Const<12115>, Const<12116>, Const<12117>, Const<12118>, Const<12119>, Const<12120>, Const<12121>, Const<12122>, Const<12123>, Const<12124>, Const<12125>, Const<12126>, Const<12127>),
        (Const<12128>, Const<12129>, Const<12130>, Const<12131>, Const<12132>, Const<12133>, Const<12134>, Const<12135>, Const<12136>, Const<12137>, Const<12138>, Const<12139>, Const<12140>, Const<12141>, Const<12142>, Const<12143>),
        (Const<12144>, Const<12145>, Const<12146>, Const<12147>, Const<12148>, Const<12149>, Const<12150>, Const<12151>, Const<12152>, Const<12153>, Const<12154>, Const<12155>, Const<12156>, Const<12157>, Const<12158>, Const<12159>),
        (Const<12160>, Const<12161>, Const<12162>, Const<12163>, Const<12164>, Const<12165>, Const<12166>, Const<12167>, Const<12168>, Const<12169>, Const<12170>, Const<12171>, Const<12172>, Const<12173>, Const<12174>, Const<12175>),
        (Const<12176>, Const<12177>, Const<12178>, Const<12179>, Const<12180>, Const<12181>, Const<12182>, Const<12183>, Const<12184>, Const<12185>, Const<12186>, Const<12187>, Const<12188>, Const<12189>, Const<12190>, Const<12191>),
        (Const<12192>, Const<12193>, Const<12194>, Const<12195>, Const<12196>, Const<12197>, Const<12198>, Const<12199>, Const<12200>, Const<12201>, Const<12202>, Const<12203>, Const<12204>, Const<12205>, Const<12206>, Const<12207>),
        (Const<12208>, Const<12209>, Const<12210>, Const<12211>, Const<12212>, Const<12213>, Const<12214>, Const<12215>, Const<12216>, Const<12217>, Const<12218>, Const<12219>, Const<12220>, Const<12221>, Const<12222>, Const<12223>),
        (Const<12224>, Const<12225>, Const<12226>, Const<12227>, Const<12228>, Const<12229>, Const<12230>, Const<12231>, Const<12232>, Const<12233>, Const<12234>, Const<12235>, Const<12236>, Const<12237>, Const<12238>, Const<12239>),
        (Const<12240>, Const<12241>, Const<12242>, Const<12243>, Const<12244>, Const<12245>, Const<12246>, Const<12247>, Const<12248>, Const<12249>, Const<12250>, Const<12251>, Const<12252>, Const<12253>, Const<12254>, Const<12255>),
        (Const<12256>, Const<12257>, Const<12258>, Const<12259>, Const<12260>, Const<12261>, Const<12262>, Const<12263>, Const<12264>, Const<12265>, Const<12266>, Const<12267>, Const<12268>, Const<12269>, Const<12270>, Const<12271>),
        (Const<12272>, Const<12273>, Const<12274>, Const<12275>, Const<12276>, Const<12277>, Const<12278>, Const<12279>, Const<12280>, Const<12281>, Const<12282>, Const<12283>, Const<12284>, Const<12285>, Const<12286>, Const<12287>),
    );
}

impl Row for typenum::consts::U48 {
    type Cols = (
        (Const<12288>, Const<12289>, Const<12290>, Const<12291>, Const<12292>, Const<12293>, Const<12294>, Const<12295>, Const<12296>, Const<12297>, Const<12298>, Const<12299>, Const<12300>, Const<12301>, Const<12302>, Const<12303>),
        (Const<12304>, Const<12305>, Const<12306>, Const<12307>, Const<12308>, Const<12309>, Const<12310>, Const<12311>, Const<12312>, Const<12313>, Const<12314>, Const<12315>, Const<12316>, Const<12317>, Const<12318>, Const<12319>),
        (Const<12320>, Const<12321>, Const<12322>, Const<12323>, Const<12324>, Const<12325>, Const<12326>, Const<12327>, Const<12328>, Const<12329>, Const<12330>, Const<12331>, Const<12332>, Const<12333>, Const<12334>, Const<12335>),
        (Const<12336>, Const<12337>, Const<12338>, Const<12339>, Const<12340>, Const<12341>, Const<12342>, Const<12343>, Const<12344>, Const<12345>, Const<12346>, Const<12347>, Const<12348>, Const<12349>, Const<12350>, Const<12351>),
        (Const<12352>, Const<12353>, Const<12354>, Const<12355>, Const<12356>, Const<12357>, Const<12358>, Const<12359>, Const<12360>, Const<12361>, Const<12362>, Const<12363>, Const<12364>, Const<12365>, Const<12366>, Const<12367>),
        (Const<12368>, Const<12369>, Const<12370>, Const<12371>, Const<12372>, Const<12373>, Const<12374>, Const<12375>, Const<12376>, Const<12377>, Const<12378>, Const<12379>, Const<12380>, Const<12381>, Const<12382>, Const<12383>),
        (Const<12384>, Const<12385>, Const<12386>, Const<12387>, Const<12388>, Const<12389>, Const<12390>, Const<12391>, Const<12392>, Const<12393>, Const<12394>, Const<12395>, Const<12396>, Const<12397>, Const<12398>, Const<12399>),
        (Const<12400>, Const<12401>, Const<12402>, Const<12403>, Const<12404>, Const<12405>, Const<12406>, Const<12407>, Const<12408>, Const<12409>, Const<12410>, Const<12411>, Const<12412>, Const<12413>, Const<12414>, Const<12415>),
        (Const<12416>, Const<12417>, Const<12418>, Const<12419>, Const<12420>, Const<12421>, Const<12422>, Const<12423>, Const<12424>, Const<12425>, Const<12426>, Const<12427>, Const<12428>, Const<12429>, Const<12430>, Const<12431>),
        (Const<12432>, Const<12433>, Const<12434>, Const<12435>, Const<12436>, Const<12437>, Const<12438>, Const<12439>, Const<12440>, Const<12441>, Const<12442>, Const<12443>, Const<12444>, Const<12445>, Const<12446>, Const<12447>),
        (Const<12448>, Const<12449>, Const<12450>, Const<12451>, Const<12452>, Const<12453>, Const<12454>, Const<12455>, Const<12456>, Const<12457>, Const<12458>, Const<12459>, Const<12460>, Const<12461>, Const<12462>, Const<12463>),
        (Const<12464>, Const<12465>, Const<12466>, Const<12467>, Const<12468>, Const<12469>, Const<12470>, Const<12471>, Const<12472>, Const<12473>, Const<12474>, Const<12475>, Const<12476>, Const<12477>, Const<12478>, Const<12479>),
        (Const<12480>, Const<12481>, Const<12482>, Const<12483>, Const<12484>, Const<12485>, Const<12486>, Const<12487>, Const<12488>, Const<12489>, Const<12490>, Const<12491>, Const<12492>, Const<12493>, Const<12494>, Const<12495>),
        (Const<12496>, Const<12497>, Const<12498>, Const<12499>, Const<12500>, Const<12501>, Const<12502>, Const<12503>, Const<12504>, Const<12505>, Const<12506>, Const<12507>, Const<12508>, Const<12509>, Const<12510>, Const<12511>),
        (Const<12512>, Const<12513>, Const<12514>, Const<12515>, Const<12516>, Const<12517>, Const<12518>, Const<12519>, Const<12520>, Const<12521>, Const<12522>, Const<12523>, Const<12524>, Const<12525>, Const<12526>, Const<12527>),
        (Const<12528>, Const<12529>, Const<12530>, Const<12531>, Const<12532>, Const<12533>, Const<12534>, Const<12535>, Const<12536>, Const<12537>, Const<12538>, Const<12539>, Const<12540>, Const<12541>, Const<12542>, Const<12543>),
    );
}

impl Row for typenum::consts::U49 {
    type Cols = (
        (Const<12544>, Const<12545>, Const<12546>, Const<12547>, Const<12548>, Const<12549>, Const<12550>, Const<12551>, Const<12552>, Const<12553>, Const<12554>, Const<12555>, Const<12556>, Const<12557>, Const<12558>, Const<12559>),
        (Const<12560>, Const<12561>, Const<12562>, Const<12563>, Const<12564>, Const<12565>, Const<12566>, Const<12567>, Const<12568>, Const<12569>, Const<12570>, Const<12571>, Const<12572>, Const<12573>, Const<12574>, Const<12575>),
        (Const<12576>, Const<12577>, Const<12578>, Const<12579>, Const<12580>, Const<12581>, Const<12582>, Const<12583>, Const<12584>, Const<12585>, Const<12586>, Const<12587>, Const<12588>, Const<12589>, Const<12590>, Const<12591>),
        (Const<12592>, Const<12593>, Const<12594>, Const<12595>, Const<12596>, Const<12597>, Const<12598>, Const<12599>, Const<12600>, Const<12601>, Const<12602>, Const<12603>, Const<12604>, Const<12605>, Const<12606>, Const<12607>),
        (Const<12608>, Const<12609>, Const<12610>, Const<12611>, Const<12612>, Const<12613>, Const<12614>, Const<12615>, Const<12616>, Const<12617>, Const<12618>, Const<12619>, Const<12620>, Const<12621>, Const<12622>, Const<12623>),
        (Const<12624>, Const<12625>, Const<12626>, Const<12627>, Const<12628>, Const<12629>, Const<12630>, Const<12631>, Const<12632>, Const<12633>, Const<12634>, Const<12635>, Const<12636>, Const<12637>, Const<12638>, Const<12639>),
        (Const<12640>, Const<12641>, Const<12642>, Const<12643>, Const<12644>, Const<12645>, Const<12646>, Const<12647>, Const<12648>, Const<12649>, Const<12650>, Const<12651>, Const<12652>, Const<12653>, Const<12654>, Const<12655>),
        (Const<12656>, Const<12657>, Const<12658>, Const<12659>, Const<12660>, Const<12661>, Const<12662>, Const<12663>, Const<12664>, Const<12665>, Const<12666>, Const<12667>, Const<12668>, Const<12669>, Const<12670>, Const<12671>),
        (Const<12672>, Const<12673>, Const<12674>, Const<12675>, Const<12676>, Const<12677>, Const<12678>, Const<12679>, Const<12680>, Const<12681>, Const<12682>, Const<12683>, Const<12684>, Const<12685>, Const<12686>, Const<12687>),
        (Const<12688>, Const<12689>, Const<12690>, Const<12691>, Const<12692>, Const<12693>, Const<12694>, Const<12695>, Const<12696>, Const<12697>, Const<12698>, Const<12699>, Const<12700>, Const<12701>, Const<12702>, Const<12703>),
        (Const<12704>, Const<12705>, Const<12706>, Const<12707>, Const<12708>, Const<12709>, Const<12710>, Const<12711>, Const<12712>, Const<12713>, Const<12714>, Const<12715>, Const<12716>, Const<12717>, Const<12718>, Const<12719>),
        (Const<12720>, Const<12721>, Const<12722>, Const<12723>, Const<12724>, Const<12725>, Const<12726>, Const<12727>, Const<12728>, Const<12729>, Const<12730>, Const<12731>, Const<12732>, Const<12733>, Const<12734>, Const<12735>),
        (Const<12736>, Const<12737>, Const<12738>, Const<12739>, Const<12740>, Const<12741>, Const<12742>, Const<12743>, Const<12744>, Const<12745>, Const<12746>, Const<12747>, Const<12748>, Const<12749>, Const<12750>, Const<12751>),
        (Const<12752>, Const<12753>, Const<12754>, Const<12755>, Const<12756>, Const<12757>, Const<12758>, Const<12759>, Const<12760>, Const<12761>, Const<12762>, Const<12763>, Const<12764>, Const<12765>, Const<12766>, Const<12767>),
        (Const<12768>, Const<12769>, Const<12770>, Const<12771>, Const<12772>, Const<12773>, Const<12774>, Const<12775>, Const<12776>, Const<12777>, Const<12778>, Const<12779>, Const<12780>, Const<12781>, Const<12782>, Const<12783>),
        (Const<12784>, Const<12785>, Const<12786>, Const<12787>, Const<12788>, Const<12789>, Const<12790>, Const<12791>, Const<12792>, Const<12793>, Const<12794>, Const<12795>, Const<12796>, Const<12797>, Const<12798>, Const<12799>),
    );
}

impl Row for typenum::consts::U50 {
    type Cols = (
        (Const<12800>, Const<12801>, Const<12802>, Const<12803>, Const<12804>, Const<12805>, Const<12806>, Const<12807>, Const<12808>, Const<12809>, Const<12810>, Const<12811>, Const<12812>, Const<12813>, Const<12814>, Const<12815>),
        (Const<12816>, Const<12817>, Const<12818>, Const<12819>, Const<12820>, Const<12821>, Const<12822>, Const<12823>, Const<12824>, Const<12825>, Const<12826>, Const<12827>, Const<12828>, Const<12829>, Const<12830>, Const<12831>),
        (Const<12832>, Const<12833>, Const<12834>, Const<12835>, Const<12836>, Const<12837>, Const<12838>, Const<12839>, Const<12840>, Const<12841>, Const<12842>, Const<12843>, Const<12844>, Const<12845>, Const<12846>, Const<12847>),
        (Const<12848>, Const<12849>, Const<12850>, Const<12851>, Const<12852>, Const<12853>, Const<12854>, Const<12855>, Const<12856>, Const<12857>, Const<12858>, Const<12859>, Const<12860>, Const<12861>, Const<12862>, Const<12863>),
        (Const<12864>, Const<12865>, Const<12866>, Const<12867>, Const<12868>, Const<12869>, Const<12870>, Const<12871>, Const<12872>, Const<12873>, Const<12874>, Const<12875>, Const<12876>, Const<12877>, Const<12878>, Const<12879>),
        (Const<12880>, Const<12881>, Const<12882>, Const<12883>, Const<12884>, Const<12885>, Const<12886>, Const<12887>, Const<12888>, Const<12889>, Const<12890>, Const<12891>, Const<12892>, Const<12893>, Const<12894>, Const<12895>),
        (Const<12896>, Const<12897>, Const<12898>, Const<12899>, Const<12900>, Const<12901>, Const<12902>, Const<12903>, Const<12904>, Const<12905>, Const<12906>, Const<12907>, Const<12908>, Const<12909>, Const<12910>, Const<12911>),
        (Const<12912>, Const<12913>, Const<12914>, Const<12915>, Const<12916>, Const<12917>, Const<12918>, Const<12919>, Const<12920>, Const<12921>, Const<12922>, Const<12923>, Const<12924>, Const<12925>, Const<12926>, Const<12927>),
        (Const<12928>, Const<12929>, Const<12930>, Const<12931>, Const<12932>, Const<12933>, Const<12934>, Const<12935>, Const<12936>, Const<12937>, Const<12938>, Const<12939>, Const<12940>, Const<12941>, Const<12942>, Const<12943>),
        (Const<12944>, Const<12945>, Const<12946>, Const<12947>, Const<12948>, Const<12949>, Const<12950>, Const<12951>, Const<12952>, Const<12953>, Const<12954>, Const<12955>, Const<12956>, Const<12957>, Const<12958>, Const<12959>),
        (Const<12960>, Const<12961>, Const<12962>, Const<12963>, Const<12964>, Const<12965>, Const<12966>, Const<12967>, Const<12968>, Const<12969>, Const<12970>, Const<12971>, Const<12972>, Const<12973>, Const<12974>, Const<12975>),
        (Const<12976>, Const<12977>, Const<12978>, Const<12979>, Const<12980>, Const<12981>, Const<12982>, Const<12983>, Const<12984>, Const<12985>, Const<12986>, Const<12987>, Const<12988>, Const<12989>, Const<12990>, Const<12991>),
        (Const<12992>, Const<12993>, Const<12994>, Const<12995>, Const<12996>, Const<12997>, Const<12998>, Const<12999>, Const<13000>, Const<13001>, Const<13002>, Const<13003>, Const<13004>, Const<13005>, Const<13006>, Const<13007>),
        (Const<13008>, Const<13009>, Const<13010>, Const<13011>, Const<13012>, Const<13013>, Const<13014>, Const<13015>, Const<13016>, Const<13017>, Const<13018>, Const<13019>, Const<13020>, Const<13021>, Const<13022>, Const<13023>),
        (Const<13024>, Const<13025>, Const<13026>, Const<13027>, Const<13028>, Const<13029>, Const<13030>, Const<13031>, Const<13032>, Const<13033>, Const<13034>, Const<13035>, Const<13036>, Const<13037>, Const<13038>, Const<13039>),
        (Const<13040>, Const<13041>, Const<13042>, Const<13043>, Const<13044>, Const<13045>, Const<13046>, Const<13047>, Const<13048>, Const<13049>, Const<13050>, Const<13051>, Const<13052>, Const<13053>, Const<13054>, Const<13055>),
    );
}

impl Row for typenum::consts::U51 {
    type Cols = (
        (Const<13056>, Const<13057>, Const<13058>, Const<13059>, Const<13060>, Const<13061>, Const<13062>, Const<13063>, Const<13064>, Const<13065>, Const<13066>, Const<13067>, Const<13068>, Const<13069>, Const<13070>, Const<13071>),
        (Const<13072>, Const<13073>, Const<13074>, Const<13075>, Const<13076>, Const<13077>, Const<13078>, Const<13079>, Const<13080>, Const<13081>, Const<13082>, Const<13083>, Const<13084>, Const<13085>, Const<13086>, Const<13087>),
        (Const<13088>, Const<13089>, Const<13090>, Const<13091>, Const<13092>, Const<13093>, Const<13094>, Const<13095>, Const<13096>, Const<13097>, Const<13098>, Const<13099>, Const<13100>, Const<13101>, Const<13102>, Const<13103>),
        (Const<13104>, Const<13105>, Const<13106>, Const<13107>, Const<13108>, Const<13109>, Const<13110>, Const<13111>, Const<13112>, Const<13113>, Const<13114>, Const<13115>, Const<13116>, Const<13117>, Const<13118>, Const<13119>),
        (Const<13120>, Const<13121>, Const<13122>, Const<13123>, Const<13124>, Const<13125>, Const<13126>, Const<13127>, Const<13128>, Const<13129>, Const<13130>, Const<13131>, Const<13132>, Const<13133>, Const<13134>, Const<13135>),
        (Const<13136>, Const<13137>, Const<13138>, Const<13139>, Const<13140>, Const<13141>, Const<13142>, Const<13143>, Const<13144>, Const<13145>, Const<13146>, Const<13147>, Const<13148>, Const<13149>, Const<13150>, Const<13151>),
        (Const<13152>, Const<13153>, Const<13154>, Const<13155>, Const<13156>, Const<13157>, Const<13158>, Const<13159>, Const<13160>, Const<13161>, Const<13162>, Const<13163>, Const<13164>, Const<13165>, Const<13166>, Const<13167>),
        (Const<13168>, Const<13169>, Const<13170>, Const<13171>, Const<13172>, Const<13173>, Const<13174>, Const<13175>, Const<13176>, Const<13177>, Const<13178>, Const<13179>, Const<13180>, Const<13181>, Const<13182>, Const<13183>),
        (Const<13184>, Const<13185>, Const<13186>, Const<13187>, Const<13188>, Const<13189>, Const<13190>, Const<13191>, Const<13192>, Const<13193>, Const<13194>, Const<13195>, Const<13196>, Const<13197>, Const<13198>, Const<13199>),
        (Const<13200>, Const<13201>, Const<13202>, Const<13203>, Const<13204>, Const<13205>, Const<13206>, Const<13207>, Const<13208>, Const<13209>, Const<13210>, Const<13211>, Const<13212>, Const<13213>, Const<13214>, Const<13215>),
        (Const<13216>, Const<13217>, Const<13218>, Const<13219>, Const<13220>, Const<13221>, Const<13222>, Const<13223>, Const<13224>, Const<13225>, Const<13226>, Const<13227>, Const<13228>, Const<13229>, Const<13230>, Const<13231>),
        (Const<13232>, Const<13233>, Const<13234>, Const<13235>, Const<13236>, Const<13237>, Const<13238>, Const<13239>, Const<13240>, Const<13241>, Const<13242>, Const<13243>, Const<13244>, Const<13245>, Const<13246>, Const<13247>),
        (Const<13248>, Const<13249>, Const<13250>, Const<13251>, Const<13252>, Const<13253>, Const<13254>, Const<13255>, Const<13256>, Const<13257>, Const<13258>, Const<13259>, Const<13260>, Const<13261>, Const<13262>, Const<13263>),
        (Const<13264>, Const<13265>, Const<13266>, Const<13267>, Const<13268>, Const<13269>, Const<13270>, Const<13271>, Const<13272>, Const<13273>, Const<13274>, Const<13275>, Const<13276>, Const<13277>, Const<13278>, Const<13279>),
        (Const<13280>, Const<13281>, Const<13282>, Const<13283>, Const<13284>, Const<13285>, Const<13286>, Const<13287>, Const<13288>, Const<13289>, Const<13290>, Const<13291>, Const<13292>, Const<13293>, Const<13294>, Const<13295>),
        (Const<13296>, Const<13297>, Const<13298>, Const<13299>, Const<13300>, Const<13301>, Const<13302>, Const<13303>, Const<13304>, Const<13305>, Const<13306>, Const<13307>, Const<13308>, Const<13309>, Const<13310>, Const<13311>),
    );
}

impl Row for typenum::consts::U52 {
    type Cols = (
        (Const<13312>, Const<13313>, Const<13314>, Const<13315>, Const<13316>, Const<13317>, Const<13318>, Const<13319>, Const<13320>, Const<13321>, Const<13322>, Const<13323>, Const<13324>, Const<13325>, Const<13326>, Const<13327>),
        (Const<13328>, Const<13329>, Const<13330>, Const<13331>, Const<13332>, Const<13333>, Const<13334>, Const<13335>, Const<13336>, Const<13337>, Const<13338>, Const<13339>, Const<13340>, Const<13341>, Const<13342>, Const<13343>),
        (Const<13344>, Const<13345>, Const<13346>, Const<13347>, Const<13348>, Const<13349>, Const<13350>, Const<13351>, Const<13352>, Const<13353>, Const<13354>, Const<13355>, Const<13356>, Const<13357>, Const<13358>, Const<13359>),
        (Const<13360>, Const<13361>, Const<13362>, Const<13363>, Const<13364>, Const<13365>, Const<13366>, Const<13367>, Const<13368>, Const<13369>, Const<13370>, Const<13371>, Const<13372>, Const<13373>, Const<13374>, Const<13375>),
        (Const<13376>, Const<13377>, Const<13378>, Const<13379>, Const<13380>, Const<13381>, Const<13382>, Const<13383>, Const<13384>, Const<13385>, Const<13386>, Const<13387>, Const<13388>, Const<13389>, Const<13390>, Const<13391>),
        (Const<13392>, Const<13393>, Const<13394>, Const<13395>, Const<13396>, Const<13397>, Const<13398>, Const<13399>, Const<13400>, Const<13401>, Const<13402>, Const<13403>, Const<13404>, Const<13405>, Const<13406>, Const<13407>),
        (Const<13408>, Const<13409>, Const<13410>, Const<13411>, Const<13412>, Const<13413>, Const<13414>, Const<13415>, Const<13416>, Const<13417>, Const<13418>, Const<13419>, Const<13420>, Const<13421>, Const<13422>, Const<13423>),
        (Const<13424>, Const<13425>, Const<13426>, Const<13427>, Const<13428>, Const<13429>, Const<13430>, Const<13431>, Const<13432>, Const<13433>, Const<13434>, Const<13435>, Const<13436>, Const<13437>, Const<13438>, Const<13439>),
        (Const<13440>, Const<13441>, Const<13442>, Const<13443>, Const<13444>, Const<13445>, Const<13446>, Const<13447>, Const<13448>, Const<13449>, Const<13450>, Const<13451>, Const<13452>, Const<13453>, Const<13454>, Const<13455>),
        (Const<13456>, Const<13457>, Const<13458>, Const<13459>, Const<13460>, Const<13461>, Const<13462>, Const<13463>, Const<13464>, Const<13465>, Const<13466>, Const<13467>, Const<13468>, Const<13469>, Const<13470>, Const<13471>),
        (Const<13472>, Const<13473>, Const<13474>, Const<13475>, Const<13476>, Const<13477>, Const<13478>, Const<13479>, Const<13480>, Const<13481>, Const<13482>, Const<13483>, Const<13484>, Const<13485>, Const<13486>, Const<13487>),
        (Const<13488>, Const<13489>, Const<13490>, Const<13491>, Const<13492>, Const<13493>, Const<13494>, Const<13495>, Const<13496>, Const<13497>, Const<13498>, Const<13499>, Const<13500>, Const<13501>, Const<13502>, Const<13503>),
        (Const<13504>, Const<13505>, Const<13506>, Const<13507>, Const<13508>, Const<13509>, Const<13510>, Const<13511>, Const<13512>, Const<13513>, Const<13514>, Const<13515>, Const<13516>, Const<13517>, Const<13518>, Const<13519>),
        (Const<13520>, Const<13521>, Const<13522>, Const<13523>, Const<13524>, Const<13525>, Const<13526>, Const<13527>, Const<13528>, Const<13529>, Const<13530>, Const<13531>, Const<13532>, Const<13533>, Const<13534>, Const<13535>),
        (Const<13536>, Const<13537>, Const<13538>, Const<13539>, Const<13540>, Const<13541>, Const<13542>, Const<13543>, Const<13544>, Const<13545>, Const<13546>, Const<13547>, Const<13548>, Const<13549>, Const<13550>, Const<13551>),
        (Const<13552>, Const<13553>, Const<13554>, Const<13555>, Const<13556>, Const<13557>, Const<13558>, Const<13559>, Const<13560>, Const<13561>, Const<13562>, Const<13563>, Const<13564>, Const<13565>, Const<13566>, Const<13567>),
    );
}

impl Row for typenum::consts::U53 {
    type Cols = (
        (Const<13568>, Const<13569>, Const<13570>, Const<13571>, Const<13572>, Const<13573>, Const<13574>, Const<13575>, Const<13576>, Const<13577>, Const<13578>, Const<13579>, Const<13580>, Const<13581>, Const<13582>, Const<13583>),
        (Const<13584>, Const<13585>, Const<13586>, Const<13587>, Const<13588>, Const<13589>, Const<13590>, Const<13591>, Const<13592>, Const<13593>, Const<13594>, Const<13595>, Const<13596>, Const<13597>, Const<13598>, Const<13599>),
        (Const<13600>, Const<13601>, Const<13602>, Const<13603>, Const<13604>, Const<13605>, Const<13606>, Const<13607>, Const<13608>, Const<13609>, Const<13610>, Const<13611>, Const<13612>, Const<13613>, Const<13614>, Const<13615>),
        (Const<13616>, Const<13617>, Const<13618>, Const<13619>, Const<13620>, Const<13621>, Const<13622>, Const<13623>, Const<13624>, Const<13625>, Const<13626>, Const<13627>, Const<13628>, Const<13629>, Const<13630>, Const<13631>),
        (Const<13632>, Const<13633>, Const<13634>, Const<13635>, Const<13636>, Const<13637>, Const<13638>, Const<13639>, Const<13640>, Const<13641>, Const<13642>, Const<13643>, Const<13644>, Const<13645>, Const<13646>, Const<13647>),
        (Const<13648>, Const<13649>, Const<13650>, Const<13651>, Const<13652>, Const<13653>, Const<13654>, Const<13655>, Const<13656>, Const<13657>, Const<13658>, Const<13659>, Const<13660>, Const<13661>, Const<13662>, Const<13663>),
        (Const<13664>, Const<13665>, Const<13666>, Const<13667>, Const<13668>, Const<13669>, Const<13670>, Const<13671>, Const<13672>, Const<13673>, Const<13674>, Const<13675>, Const<13676>, Const<13677>, Const<13678>, Const<13679>),
        (Const<13680>, Const<13681>, Const<13682>, Const<13683>, Const<13684>, Const<13685>, Const<13686>, Const<13687>, Const<13688>, Const<13689>, Const<13690>, Const<13691>, Const<13692>, Const<13693>, Const<13694>, Const<13695>),
        (Const<13696>, Const<13697>, Const<13698>, Const<13699>, Const<13700>, Const<13701>, Const<13702>, Const<13703>, Const<13704>, Const<13705>, Const<13706>, Const<13707>, Const<13708>, Const<13709>, Const<13710>, Const<13711>),
        (Const<13712>, Const<13713>, Const<13714>, Const<13715>, Const<13716>, Const<13717>, Const<13718>, Const<13719>, Const<13720>, Const<13721>, Const<13722>, Const<13723>, Const<13724>, Const<13725>, Const<13726>, Const<13727>),
        (Const<13728>, Const<13729>, Const<13730>, Const<13731>, Const<13732>, Const<13733>, Const<13734>, Const<13735>, Const<13736>, Const<13737>, Const<13738>, Const<13739>, Const<13740>, Const<13741>, Const<13742>, Const<13743>),
        (Const<13744>, Const<13745>, Const<13746>, Const<13747>, Const<13748>, Const<13749>, Const<13750>, Const<13751>, Const<13752>, Const<13753>, Const<13754>, Const<13755>, Const<13756>, Const<13757>, Const<13758>, Const<13759>),
        (Const<13760>, Const<13761>, Const<13762>, Const<13763>, Const<13764>, Const<13765>, Const<13766>, Const<13767>, Const<13768>, Const<13769>, Const<13770>, Const<13771>, Const<13772>, Const<13773>, Const<13774>, Const<13775>),
        (Const<13776>, Const<13777>, Const<13778>, Const<13779>, Const<13780>, Const<13781>, Const<13782>, Const<13783>, Const<13784>, Const<13785>, Const<13786>, Const<13787>, Const<13788>, Const<13789>, Const<13790>, Const<13791>),
        (Const<13792>, Const<13793>, Const<13794>, Const<13795>, Const<13796>, Const<13797>, Const<13798>, Const<13799>, Const<13800>, Const<13801>, Const<13802>, Const<13803>, Const<13804>, Const<13805>, Const<13806>, Const<13807>),
        (Const<13808>, Const<13809>, Const<13810>, Const<13811>, Const<13812>, Const<13813>, Const<13814>, Const<13815>, Const<13816>, Const<13817>, Const<13818>, Const<13819>, Const<13820>, Const<13821>, Const<13822>, Const<13823>),
    );
}

impl Row for typenum::consts::U54 {
    type Cols = (
        (Const<13824>, Const<13825>, Const<13826>, Const<13827>, Const<13828>, Const<13829>, Const<13830>, Const<13831>, Const<13832>, Const<13833>, Const<13834>, Const<13835>, Const<13836>, Const<13837>, Const<13838>, Const<13839>),
        (Const<13840>, Const<13841>, Const<13842>, Const<13843>, Const<13844>, Const<13845>, Const<13846>, Const<13847>, Const<13848>, Const<13849>, Const<13850>, Const<13851>, Const<13852>, Const<13853>, Const<13854>, Const<13855>),
        (Const<13856>, Const<13857>, Const<13858>, Const<13859>, Const<13860>, Const<13861>, Const<13862>, Const<13863>, Const<13864>, Const<13865>, Const<13866>, Const<13867>, Const<13868>, Const<13869>, Const<13870>, Const<13871>),
        (Const<13872>, Const<13873>, Const<13874>, Const<13875>, Const<13876>, Const<13877>, Const<13878>, Const<13879>, Const<13880>, Const<13881>, Const<13882>, Const<13883>, Const<13884>, Const<13885>, Const<13886>, Const<13887>),
        (Const<13888>, Const<13889>, Const<13890>, Const<13891>, Const<13892>, Const<13893>, Const<13894>, Const<13895>, Const<13896>, Const<13897>, Const<13898>, Const<13899>, Const<13900>, Const<13901>, Const<13902>, Const<13903>),
        (Const<13904>, Const<13905>, Const<13906>, Const<13907>, Const<13908>, Const<13909>, Const<13910>, Const<13911>, Const<13912>, Const<13913>, Const<13914>, Const<13915>, Const<13916>, Const<13917>, Const<13918>, Const<13919>),
        (Const<13920>, Const<13921>, Const<13922>, Const<13923>, Const<13924>, Const<13925>, Const<13926>, Const<13927>, Const<13928>, Const<13929>, Const<13930>, Const<13931>, Const<13932>, Const<13933>, Const<13934>, Const<13935>),
        (Const<13936>, Const<13937>, Const<13938>, Const<13939>, Const<13940>, Const<13941>, Const<13942>, Const<13943>, Const<13944>, Const<13945>, Const<13946>, Const<13947>, Const<13948>, Const<13949>, Const<13950>, Const<13951>),
        (Const<13952>, Const<13953>, Const<13954>, Const<13955>, Const<13956>, Const<13957>, Const<13958>, Const<13959>, Const<13960>, Const<13961>, Const<13962>, Const<13963>, Const<13964>, Const<13965>, Const<13966>, Const<13967>),
        (Const<13968>, Const<13969>, Const<13970>, Const<13971>, Const<13972>, Const<13973>, Const<13974>, Const<13975>, Const<13976>, Const<13977>, Const<13978>, Const<13979>, Const<13980>, Const<13981>, Const<13982>, Const<13983>),
        (Const<13984>, Const<13985>, Const<13986>, Const<13987>, Const<13988>, Const<13989>, Const<13990>, Const<13991>, Const<13992>, Const<13993>, Const<13994>, Const<13995>, Const<13996>, Const<13997>, Const<13998>, Const<13999>),
        (Const<14000>, Const<14001>, Const<14002>, Const<14003>, Const<14004>, Const<14005>, Const<14006>, Const<14007>, Const<14008>, Const<14009>, Const<14010>, Const<14011>, Const<14012>, Const<14013>, Const<14014>, Const<14015>),
        (Const<14016>, Const<14017>, Const<14018>, Const<14019>, Const<14020>, Const<14021>, Const<14022>, Const<14023>, Const<14024>, Const<14025>, Const<14026>, Const<14027>, Const<14028>, Const<14029>, Const<14030>, Const<14031>),
        (Const<14032>, Const<14033>, Const<14034>, Const<14035>, Const<14036>, Const<14037>, Const<14038>, Const<14039>, Const<14040>, Const<14041>, Const<14042>, Const<14043>, Const<14044>, Const<14045>, Const<14046>, Const<14047>),
        (Const<14048>, Const<14049>, Const<14050>, Const<14051>, Const<14052>, Const<14053>, Const<14054>, Const<14055>, Const<14056>, Const<14057>, Const<14058>, Const<14059>, Const<14060>, Const<14061>, Const<14062>, Const<14063>),
        (Const<14064>, Const<14065>, Const<14066>, Const<14067>, Const<14068>, Const<14069>, Const<14070>, Const<14071>, Const<14072>, Const<14073>, Const<14074>, Const<14075>, Const<14076>, Const<14077>, Const<14078>, Const<14079>),
    );
}

impl Row for typenum::consts::U55 {
    type Cols = (
        (Const<14080>, Const<14081>, Const<14082>, Const<14083>, Const<14084>, Const<14085>, Const<14086>, Const<14087>, Const<14088>, Const<14089>, Const<14090>, Const<14091>, Const<14092>, Const<14093>, Const<14094>, Const<14095>),
        (Const<14096>, Const<14097>, Const<14098>, Const<14099>, Const<14100>, Const<14101>, Const<14102>, Const<14103>, Const<14104>, Const<14105>, Const<14106>, Const<14107>, Const<14108>, Const<14109>, Const<14110>, Const<14111>),
        (Const<14112>, Const<14113>, Const<14114>, Const<14115>, Const<14116>, Const<14117>, Const<14118>, Const<14119>, Const<14120>, Const<14121>, Const<14122>, Const<14123>, Const<14124>, Const<14125>, Const<14126>, Const<14127>),
        (Const<14128>, Const<14129>, Const<14130>, Const<14131>, Const<14132>, Const<14133>, Const<14134>, Const<14135>, Const<14136>, Const<14137>, Const<14138>, Const<14139>, Const<14140>, Const<14141>, Const<14142>, Const<14143>),
        (Const<14144>, Const<14145>, Const<14146>, Const<14147>, Const<14148>, Const<14149>, Const<14150>, Const<14151>, Const<14152>, Const<14153>, Const<14154>, Const<14155>, Const<14156>, Const<14157>, Const<14158>, Const<14159>),
        (Const<14160>, Const<14161>, Const<14162>, Const<14163>, Const<14164>, Const<14165>, Const<14166>, Const<14167>, Const<14168>, Const<14169>, Const<14170>, Const<14171>, Const<14172>, Const<14173>, Const<14174>, Const<14175>),
        (Const<14176>, Const<14177>, Const<14178>, Const<14179>, Const<14180>, Const<14181>, Const<14182>, Const<14183>, Const<14184>, Const<14185>, Const<14186>, Const<14187>, Const<14188>, Const<14189>, Const<14190>, Const<14191>),
        (Const<14192>, Const<14193>, Const<14194>, Const<14195>, Const<14196>, Const<14197>, Const<14198>, Const<14199>, Const<14200>, Const<14201>, Const<14202>, Const<14203>, Const<14204>, Const<14205>, Const<14206>, Const<14207>),
        (Const<14208>, Const<14209>, Const<14210>, Const<14211>, Const<14212>, Const<14213>, Const<14214>, Const<14215>, Const<14216>, Const<14217>, Const<14218>, Const<14219>, Const<14220>, Const<14221>, Const<14222>, Const<14223>),
        (Const<14224>, Const<14225>, Const<14226>, Const<14227>, Const<14228>, Const<14229>, Const<14230>, Const<14231>, Const<14232>, Const<14233>, Const<14234>, Const<14235>, Const<14236>, Const<14237>, Const<14238>, Const<14239>),
        (Const<14240>, Const<14241>, Const<14242>, Const<14243>, Const<14244>, Const<14245>, Const<14246>, Const<14247>, Const<14248>, Const<14249>, Const<14250>, Const<14251>, Const<14252>, Const<14253>, Const<14254>, Const<14255>),
        (Const<14256>, Const<14257>, Const<14258>, Const<14259>, Const<14260>, Const<14261>, Const<14262>, Const<14263>, Const<14264>, Const<14265>, Const<14266>, Const<14267>, Const<14268>, Const<14269>, Const<14270>, Const<14271>),
        (Const<14272>, Const<14273>, Const<14274>, Const<14275>, Const<14276>, Const<14277>, Const<14278>, Const<14279>, Const<14280>, Const<14281>, Const<14282>, Const<14283>, Const<14284>, Const<14285>, Const<14286>, Const<14287>),
        (Const<14288>, Const<14289>, Const<14290>, Const<14291>, Const<14292>, Const<14293>, Const<14294>, Const<14295>, Const<14296>, Const<14297>, Const<14298>, Const<14299>, Const<14300>, Const<14301>, Const<14302>, Const<14303>),
        (Const<14304>, Const<14305>, Const<14306>, Const<14307>, Const<14308>, Const<14309>, Const<14310>, Const<14311>, Const<14312>, Const<14313>, Const<14314>, Const<14315>, Const<14316>, Const<14317>, Const<14318>, Const<14319>),
        (Const<14320>, Const<14321>, Const<14322>, Const<14323>, Const<14324>, Const<14325>, Const<14326>, Const<14327>, Const<14328>, Const<14329>, Const<14330>, Const<14331>, Const<14332>, Const<14333>, Const<14334>, Const<14335>),
    );
}

impl Row for typenum::consts::U56 {
    type Cols = (
        (Const<14336>, Const<14337>, Const<14338>, Const<14339>, Const<14340>, Const<14341>, Const<14342>, Const<14343>, Const<14344>, Const<14345>, Const<14346>, Const<14347>, Const<14348>, Const<14349>, Const<14350>, Const<14351>),
        (Const<14352>, Const<14353>, Const<14354>, Const<14355>, Const<14356>, Const<14357>, Const<14358>, Const<14359>, Const<14360>, Const<14361>, Const<14362>, Const<14363>, Const<14364>, Const<14365>, Const<14366>, Const<14367>),
        (Const<14368>, Const<14369>, Const<14370>, Const<14371>, Const<14372>, Const<14373>, Const<14374>, Const<14375>, Const<14376>, Const<14377>, Const<14378>, Const<14379>, Const<14380>, Const<14381>, Const<14382>, Const<14383>),
        (Const<14384>, Const<14385>, Const<14386>, Const<14387>, Const<14388>, Const<14389>, Const<14390>, Const<14391>, Const<14392>, Const<14393>, Const<14394>, Const<14395>, Const<14396>, Const<14397>, Const<14398>, Const<14399>),
        (Const<14400>, Const<14401>, Const<14402>, Const<14403>, Const<14404>, Const<14405>, Const<14406>, Const<14407>, Const<14408>, Const<14409>, Const<14410>, Const<14411>, Const<14412>, Const<14413>, Const<14414>, Const<14415>),
        (Const<14416>, Const<14417>, Const<14418>, Const<14419>, Const<14420>, Const<14421>, Const<14422>, Const<14423>, Const<14424>, Const<14425>, Const<14426>, Const<14427>, Const<14428>, Const<14429>, Const<14430>, Const<14431>),
        (Const<14432>, Const<14433>, Const<14434>, Const<14435>, Const<14436>, Const<14437>, Const<14438>, Const<14439>, Const<14440>, Const<14441>, Const<14442>, Const<14443>, Const<14444>, Const<14445>, Const<14446>, Const<14447>),
        (Const<14448>, Const<14449>, Const<14450>, Const<14451>, Const<14452>, Const<14453>, Const<14454>, Const<14455>, Const<14456>, Const<14457>, Const<14458>, Const<14459>, Const<14460>, Const<14461>, Const<14462>, Const<14463>),
        (Const<14464>, Const<14465>, Const<14466>, Const<14467>, Const<14468>, Const<14469>, Const<14470>, Const<14471>, Const<14472>, Const<14473>, Const<14474>, Const<14475>, Const<14476>, Const<14477>, Const<14478>, Const<14479>),
        (Const<14480>, Const<14481>, Const<14482>, Const<14483>, Const<14484>, Const<14485>, Const<14486>, Const<14487>, Const<14488>, Const<14489>, Const<14490>, Const<14491>, Const<14492>, Const<14493>, Const<14494>, Const<14495>),
        (Const<14496>, Const<14497>, Const<14498>, Const<14499>, Const<14500>, Const<14501>, Const<14502>, Const<14503>, Const<14504>, Const<14505>, Const<14506>, Const<14507>, Const<14508>, Const<14509>, Const<14510>, Const<14511>),
        (Const<14512>, Const<14513>, Const<14514>, Const<14515>, Const<14516>, Const<14517>, Const<14518>, Const<14519>, Const<14520>, Const<14521>, Const<14522>, Const<14523>, Const<14524>, Const<14525>, Const<14526>, Const<14527>),
        (Const<14528>, Const<14529>, Const<14530>, Const<14531>, Const<14532>, Const<14533>, Const<14534>, Const<14535>, Const<14536>, Const<14537>, Const<14538>, Const<14539>, Const<14540>, Const<14541>, Const<14542>, Const<14543>),
        (Const<14544>, Const<14545>, Const<14546>, Const<14547>, Const<14548>, Const<14549>, Const<14550>, Const<14551>, Const<14552>, Const<14553>, Const<14554>, Const<14555>, Const<14556>, Const<14557>, Const<14558>, Const<14559>),
        (Const<14560>, Const<14561>, Const<14562>, Const<14563>, Const<14564>, Const<14565>, Const<14566>, Const<14567>, Const<14568>, Const<14569>, Const<14570>, Const<14571>, Const<14572>, Const<14573>, Const<14574>, Const<14575>),
        (Const<14576>, Const<14577>, Const<14578>, Const<14579>, Const<14580>, Const<14581>, Const<14582>, Const<14583>, Const<14584>, Const<14585>, Const<14586>, Const<14587>, Const<14588>, Const<14589>, Const<14590>, Const<14591>),
    );
}

impl Row for typenum::consts::U57 {
    type Cols = (
        (Const<14592>, Const<14593>, Const<14594>, Const<14595>, Const<14596>, Const<14597>, Const<14598>, Const<14599>, Const<14600>, Const<14601>, Const<14602>, Const<14603>, Const<14604>, Const<14605>, Const<14606>, Const<14607>),
        (Const<14608>, Const<14609>, Const<14610>, Const<14611>, Const<14612>, Const<14613>, Const<14614>, Const<14615>, Const<14616>, Const<14617>, Const<14618>, Const<14619>, Const<14620>, Const<14621>, Const<14622>, Const<14623>),
        (Const<14624>, Const<14625>, Const<14626>, Const<14627>, Const<14628>, Const<14629>, Const<14630>, Const<14631>, Const<14632>, Const<14633>, Const<14634>, Const<14635>, Const<14636>, Const<14637>, Const<14638>, Const<14639>),
        (Const<14640>, Const<14641>, Const<14642>, Const<14643>, Const<14644>, Const<14645>, Const<14646>, Const<14647>, Const<14648>, Const<14649>, Const<14650>, Const<14651>, Const<14652>, Const<14653>, Const<14654>, Const<14655>),
        (Const<14656>, Const<14657>, Const<14658>, Const<14659>, Const<14660>, Const<14661>, Const<14662>, Const<14663>, Const<14664>, Const<14665>, Const<14666>, Const<14667>, Const<14668>, Const<14669>, Const<14670>, Const<14671>),
        (Const<14672>, Const<14673>, Const<14674>, Const<14675>, Const<14676>, Const<14677>, Const<14678>, Const<14679>, Const<14680>, Const<14681>, Const<14682>, Const<14683>, Const<14684>, Const<14685>, Const<14686>, Const<14687>),
        (Const<14688>, Const<14689>, Const<14690>, Const<14691>, Const<14692>, Const<14693>, Const<14694>, Const<14695>, Const<14696>, Const<14697>, Const<14698>, Const<14699>, Const<14700>, Const<14701>, Const<14702>, Const<14703>),
        (Const<14704>, Const<14705>, Const<14706>, Const<14707>, Const<14708>, Const<14709>, Const<14710>, Const<14711>, Const<14712>, Const<14713>, Const<14714>, Const<14715>, Const<14716>, Const<14717>, Const<14718>, Const<14719>),
        (Const<14720>, Const<14721>, Const<14722>, Const<14723>, Const<14724>, Const<14725>, Const<14726>, Const<14727>, Const<14728>, Const<14729>, Const<14730>, Const<14731>, Const<14732>, Const<14733>, Const<14734>, Const<14735>),
        (Const<14736>, Const<14737>, Const<14738>, Const<14739>, Const<14740>, Const<14741>, Const<14742>, Const<14743>, Const<14744>, Const<14745>, Const<14746>, Const<14747>, Const<14748>, Const<14749>, Const<14750>, Const<14751>),
        (Const<14752>, Const<14753>, Const<14754>, Const<14755>, Const<14756>, Const<14757>, Const<14758>, Const<14759>, Const<14760>, Const<14761>, Const<14762>, Const<14763>, Const<14764>, Const<14765>, Const<14766>, Const<14767>),
        (Const<14768>, Const<14769>, Const<14770>, Const<14771>, Const<14772>, Const<14773>, Const<14774>, Const<14775>, Const<14776>, Const<14777>, Const<14778>, Const<14779>, Const<14780>, Const<14781>, Const<14782>, Const<14783>),
        (Const<14784>, Const<14785>, Const<14786>, Const<14787>, Const<14788>, Const<14789>, Const<14790>, Const<14791>, Const<14792>, Const<14793>, Const<14794>, Const<14795>, Const<14796>, Const<14797>, Const<14798>, Const<14799>),
        (Const<14800>, Const<14801>, Const<14802>, Const<14803>, Const<14804>, Const<14805>, Const<14806>, Const<14807>, Const<14808>, Const<14809>, Const<14810>, Const<14811>, Const<14812>, Const<14813>, Const<14814>, Const<14815>),
        (Const<14816>, Const<14817>, Const<14818>, Const<14819>, Const<14820>, Const<14821>, Const<14822>, Const<14823>, Const<14824>, Const<14825>, Const<14826>, Const<14827>, Const<14828>, Const<14829>, Const<14830>, Const<14831>),
        (Const<14832>, Const<14833>, Const<14834>, Const<14835>, Const<14836>, Const<14837>, Const<14838>, Const<14839>, Const<14840>, Const<14841>, Const<14842>, Const<14843>, Const<14844>, Const<14845>, Const<14846>, Const<14847>),
    );
}

impl Row for typenum::consts::U58 {
    type Cols = (
        (Const<14848>, Const<14849>, Const<14850>, Const<14851>, Const<14852>, Const<14853>, Const<14854>, Const<14855>, Const<14856>, Const<14857>, Const<14858>, Const<14859>, Const<14860>, Const<14861>, Const<14862>, Const<14863>),
        (Const<14864>, Const<14865>, Const<14866>, Const<14867>, Const<14868>, Const<14869>, Const<14870>, Const<14871>, Const<14872>, Const<14873>, Const<14874>, Const<14875>, Const<14876>, Const<14877>, Const<14878>, Const<14879>),
        (Const<14880>, Const<14881>, Const<14882>, Const<14883>, Const<14884>, Const<14885>, Const<14886>, Const<14887>, Const<14888>, Const<14889>, Const<14890>, Const<14891>, Const<14892>, Const<14893>, Const<14894>, Const<14895>),
        (Const<14896>, Const<14897>, Const<14898>, Const<14899>, Const<14900>, Const<14901>, Const<14902>, Const<14903>, Const<14904>, Const<14905>, Const<14906>, Const<14907>, Const<14908>, Const<14909>, Const<14910>, Const<14911>),
        (Const<14912>, Const<14913>, Const<14914>, Const<14915>, Const<14916>, Const<14917>, Const<14918>, Const<14919>, Const<14920>, Const<14921>, Const<14922>, Const<14923>, Const<14924>, Const<14925>, Const<14926>, Const<14927>),
        (Const<14928>, Const<14929>, Const<14930>, Const<14931>, Const<14932>, Const<14933>, Const<14934>, Const<14935>, Const<14936>, Const<14937>, Const<14938>, Const<14939>, Const<14940>, Const<14941>, Const<14942>, Const<14943>),
        (Const<14944>, Const<14945>, Const<14946>, Const<14947>, Const<14948>, Const<14949>, Const<14950>, Const<14951>, Const<14952>, Const<14953>, Const<14954>, Const<14955>, Const<14956>, Const<14957>, Const<14958>, Const<14959>),
        (Const<14960>, Const<14961>, Const<14962>, Const<14963>, Const<14964>, Const<14965>, Const<14966>, Const<14967>, Const<14968>, Const<14969>, Const<14970>, Const<14971>, Const<14972>, Const<14973>, Const<14974>, Const<14975>),
        (Const<14976>, Const<14977>, Const<14978>, Const<14979>, Const<14980>, Const<14981>, Const<14982>, Const<14983>, Const<14984>, Const<14985>, Const<14986>, Const<14987>, Const<14988>, Const<14989>, Const<14990>, Const<14991>),
        (Const<14992>, Const<14993>, Const<14994>, Const<14995>, Const<14996>, Const<14997>, Const<14998>, Const<14999>, Const<15000>, Const<15001>, Const<15002>, Const<15003>, Const<15004>, Const<15005>, Const<15006>, Const<15007>),
        (Const<15008>, Const<15009>, Const<15010>, Const<15011>, Const<15012>, Const<15013>, Const<15014>, Const<15015>, Const<15016>, Const<15017>, Const<15018>, Const<15019>, Const<15020>, Const<15021>, Const<15022>, Const<15023>),
        (Const<15024>, Const<15025>, Const<15026>, Const<15027>, Const<15028>, Const<15029>, Const<15030>, Const<15031>, Const<15032>, Const<15033>, Const<15034>, Const<15035>, Const<15036>, Const<15037>, Const<15038>, Const<15039>),
        (Const<15040>, Const<15041>, Const<15042>, Const<15043>, Const<15044>, Const<15045>, Const<15046>, Const<15047>, Const<15048>, Const<15049>, Const<15050>, Const<15051>, Const<15052>, Const<15053>, Const<15054>, Const<15055>),
        (Const<15056>, Const<15057>, Const<15058>, Const<15059>, Const<15060>, Const<15061>, Const<15062>, Const<15063>, Const<15064>, Const<15065>, Const<15066>, Const<15067>, Const<15068>, Const<15069>, Const<15070>, Const<15071>),
        (Const<15072>, Const<15073>, Const<15074>, Const<15075>, Const<15076>, Const<15077>, Const<15078>, Const<15079>, Const<15080>, Const<15081>, Const<15082>, Const<15083>, Const<15084>, Const<15085>, Const<15086>, Const<15087>),
        (Const<15088>, Const<15089>, Const<15090>, Const<15091>, Const<15092>, Const<15093>, Const<15094>, Const<15095>, Const<15096>, Const<15097>, Const<15098>, Const<15099>, Const<15100>, Const<15101>, Const<15102>, Const<15103>),
    );
}

impl Row for typenum::consts::U59 {
    type Cols = (
        (Const<15104>, Const<15105>, Const<15106>, Const<15107>, Const<15108>, Const<15109>, Const<15110>, Const<15111>, Const<15112>, Const<15113>, Const<15114>, Const<15115>, Const<15116>, Const<15117>, Const<15118>, Const<15119>),
        (Const<15120>, Const<15121>, Const<15122>, Const<15123>, Const<15124>, Const<15125>, Const<15126>, Const<15127>, Const<15128>, Const<15129>, Const<15130>, Const<15131>, Const<15132>, Const<15133>, Const<15134>, Const<15135>),
        (Const<15136>, Const<15137>, Const<15138>, Const<15139>, Const<15140>, Const<15141>, Const<15142>, Const<15143>, Const<15144>, Const<15145>, Const<15146>, Const<15147>, Const<15148>, Const<15149>, Const<15150>, Const<15151>),
        (Const<15152>, Const<15153>, Const<15154>, Const<15155>, Const<15156>, Const<15157>, Const<15158>, Const<15159>, Const<15160>, Const<15161>, Const<15162>, Const<15163>, Const<15164>, Const<15165>, Const<15166>, Const<15167>),
        (Const<15168>, Const<15169>, Const<15170>, Const<15171>, Const<15172>, Const<15173>, Const<15174>, Const<15175>, Const<15176>, Const<15177>, Const<15178>, Const<15179>, Const<15180>, Const<15181>, Const<15182>, Const<15183>),
        (Const<15184>, Const<15185>, Const<15186>, Const<15187>, Const<15188>, Const<15189>, Const<15190>, Const<15191>, Const<15192>, Const<15193>, Const<15194>, Const<15195>, Const<15196>, Const<15197>, Const<15198>, Const<15199>),
        (Const<15200>, Const<15201>, Const<15202>, Const<15203>, Const<15204>, Const<15205>, Const<15206>, Const<15207>, Const<15208>, Const<15209>, Const<15210>, Const<15211>, Const<15212>, Const<15213>, Const<15214>, Const<15215>),
        (Const<15216>, Const<15217>, Const<15218>, Const<15219>, Const<15220>, Const<15221>, Const<15222>, Const<15223>, Const<15224>, Const<15225>, Const<15226>, Const<15227>, Const<15228>, Const<15229>, Const<15230>, Const<15231>),
        (Const<15232>, Const<15233>, Const<15234>, Const<15235>, Const<15236>, Const<15237>, Const<15238>, Const<15239>, Const<15240>, Const<15241>, Const<15242>, Const<15243>, Const<15244>, Const<15245>, Const<15246>, Const<15247>),
        (Const<15248>, Const<15249>, Const<15250>, Const<15251>, Const<15252>, Const<15253>, Const<15254>, Const<15255>, Const<15256>, Const<15257>, Const<15258>, Const<15259>, Const<15260>, Const<15261>, Const<15262>, Const<15263>),
        (Const<15264>, Const<15265>, Const<15266>, Const<15267>, Const<15268>, Const<15269>, Const<15270>, Const<15271>, Const<15272>, Const<15273>, Const<15274>, Const<15275>, Const<15276>, Const<15277>, Const<15278>, Const<15279>),
        (Const<15280>, Const<15281>, Const<15282>, Const<15283>, Const<15284>, Const<15285>, Const<15286>, Const<15287>, Const<15288>, Const<15289>, Const<15290>, Const<15291>, Const<15292>, Const<15293>, Const<15294>, Const<15295>),
        (Const<15296>, Const<15297>, Const<15298>, Const<15299>, Const<15300>, Const<15301>, Const<15302>, Const<15303>, Const<15304>, Const<15305>, Const<15306>, Const<15307>, Const<15308>, Const<15309>, Const<15310>, Const<15311>),
        (Const<15312>, Const<15313>, Const<15314>, Const<15315>, Const<15316>, Const<15317>, Const<15318>, Const<15319>, Const<15320>, Const<15321>, Const<15322>, Const<15323>, Const<15324>, Const<15325>, Const<15326>, Const<15327>),
        (Const<15328>, Const<15329>, Const<15330>, Const<15331>, Const<15332>, Const<15333>, Const<15334>, Const<15335>, Const<15336>, Const<15337>, Const<15338>, Const<15339>, Const<15340>, Const<15341>, Const<15342>, Const<15343>),
        (Const<15344>, Const<15345>, Const<15346>, Const<15347>, Const<15348>, Const<15349>, Const<15350>, Const<15351>, Const<15352>, Const<15353>, Const<15354>, Const<15355>, Const<15356>, Const<15357>, Const<15358>, Const<15359>),
    );
}

impl Row for typenum::consts::U60 {
    type Cols = (
        (Const<15360>, Const<15361>, Const<15362>, Const<15363>, Const<15364>, Const<15365>, Const<15366>, Const<15367>, Const<15368>, Const<15369>, Const<15370>, Const<15371>, Const<15372>, Const<15373>, Const<15374>, Const<15375>),
        (Const<15376>, Const<15377>, Const<15378>, Const<15379>, Const<15380>, Const<15381>, Const<15382>, Const<15383>, Const<15384>, Const<15385>, Const<15386>, Const<15387>, Const<15388>, Const<15389>, Const<15390>, Const<15391>),
        (Const<15392>, Const<15393>, Const<15394>, Const<15395>, Const<15396>, Const<15397>, Const<15398>, Const<15399>, Const<15400>, Const<15401>, Const<15402>, Const<15403>, Const<15404>, Const<15405>, Const<15406>, Const<15407>),
        (Const<15408>, Const<15409>, Const<15410>, Const<15411>, Const<15412>, Const<15413>, Const<15414>, Const<15415>, Const<15416>, Const<15417>, Const<15418>, Const<15419>, Const<15420>, Const<15421>, Const<15422>, Const<15423>),
        (Const<15424>, Const<15425>, Const<15426>, Const<15427>, Const<15428>, Const<15429>, Const<15430>, Const<15431>, Const<15432>, Const<15433>, Const<15434>, Const<15435>, Const<15436>, Const<15437>, Const<15438>, Const<15439>),
        (Const<15440>, Const<15441>, Const<15442>, Const<15443>, Const<15444>, Const<15445>, Const<15446>, Const<15447>, Const<15448>, Const<15449>, Const<15450>, Const<15451>, Const<15452>, Const<15453>, Const<15454>, Const<15455>),
        (Const<15456>, Const<15457>, Const<15458>, Const<15459>, Const<15460>, Const<15461>, Const<15462>, Const<15463>, Const<15464>, Const<15465>, Const<15466>, Const<15467>, Const<15468>, Const<15469>, Const<15470>, Const<15471>),
        (Const<15472>, Const<15473>, Const<15474>, Const<15475>, Const<15476>, Const<15477>, Const<15478>, Const<15479>, Const<15480>, Const<15481>, Const<15482>, Const<15483>, Const<15484>, Const<15485>, Const<15486>, Const<15487>),
        (Const<15488>, Const<15489>, Const<15490>, Const<15491>, Const<15492>, Const<15493>, Const<15494>, Const<15495>, Const<15496>, Const<15497>, Const<15498>, Const<15499>, Const<15500>, Const<15501>, Const<15502>, Const<15503>),
        (Const<15504>, Const<15505>, Const<15506>, Const<15507>, Const<15508>, Const<15509>, Const<15510>, Const<15511>, Const<15512>, Const<15513>, Const<15514>, Const<15515>, Const<15516>, Const<15517>, Const<15518>, Const<15519>),
        (Const<15520>, Const<15521>, Const<15522>, Const<15523>, Const<15524>, Const<15525>, Const<15526>, Const<15527>, Const<15528>, Const<15529>, Const<15530>, Const<15531>, Const<15532>, Const<15533>, Const<15534>, Const<15535>),
        (Const<15536>, Const<15537>, Const<15538>, Const<15539>, Const<15540>, Const<15541>, Const<15542>, Const<15543>, Const<15544>, Const<15545>, Const<15546>, Const<15547>, Const<15548>, Const<15549>, Const<15550>, Const<15551>),
        (Const<15552>, Const<15553>, Const<15554>, Const<15555>, Const<15556>, Const<15557>, Const<15558>, Const<15559>, Const<15560>, Const<15561>, Const<15562>, Const<15563>, Const<15564>, Const<15565>, Const<15566>, Const<15567>),
        (Const<15568>, Const<15569>, Const<15570>, Const<15571>, Const<15572>, Const<15573>, Const<15574>, Const<15575>, Const<15576>, Const<15577>, Const<15578>, Const<15579>, Const<15580>, Const<15581>, Const<15582>, Const<15583>),
        (Const<15584>, Const<15585>, Const<15586>, Const<15587>, Const<15588>, Const<15589>, Const<15590>, Const<15591>, Const<15592>, Const<15593>, Const<15594>, Const<15595>, Const<15596>, Const<15597>, Const<15598>, Const<15599>),
        (Const<15600>, Const<15601>, Const<15602>, Const<15603>, Const<15604>, Const<15605>, Const<15606>, Const<15607>, Const<15608>, Const<15609>, Const<15610>, Const<15611>, Const<15612>, Const<15613>, Const<15614>, Const<15615>),
    );
}

impl Row for typenum::consts::U61 {
    type Cols = (
        (Const<15616>, Const<15617>, Const<15618>, Const<15619>, Const<15620>, Const<15621>, Const<15622>, Const<15623>, Const<15624>, Const<15625>, Const<15626>, Const<15627>, Const<15628>, Const<15629>, Const<15630>, Const<15631>),
        (Const<15632>, Const<15633>, Const<15634>, Const<15635>, Const<15636>, Const<15637>, Const<15638>, Const<15639>, Const<15640>, Const<15641>, Const<15642>, Const<15643>, Const<15644>, Const<15645>, Const<15646>, Const<15647>),
        (Const<15648>, Const<15649>, Const<15650>, Const<15651>, Const<15652>, Const<15653>, Const<15654>, Const<15655>, Const<15656>, Const<15657>, Const<15658>, Const<15659>, Const<15660>, Const<15661>, Const<15662>, Const<15663>),
        (Const<15664>, Const<15665>, Const<15666>, Const<15667>, Const<15668>, Const<15669>, Const<15670>, Const<15671>, Const<15672>, Const<15673>, Const<15674>, Const<15675>, Const<15676>, Const<15677>, Const<15678>, Const<15679>),
        (Const<15680>, Const<15681>, Const<15682>, Const<15683>, Const<15684>, Const<15685>, Const<15686>, Const<15687>, Const<15688>, Const<15689>, Const<15690>, Const<15691>, Const<15692>, Const<15693>, Const<15694>, Const<15695>),
        (Const<15696>, Const<15697>, Const<15698>, Const<15699>, Const<15700>, Const<15701>, Const<15702>, Const<15703>, Const<15704>, Const<15705>, Const<15706>, Const<15707>, Const<15708>, Const<15709>, Const<15710>, Const<15711>),
        (Const<15712>, Const<15713>, Const<15714>, Const<15715>, Const<15716>, Const<15717>, Const<15718>, Const<15719>, Const<15720>, Const<15721>, Const<15722>, Const<15723>, Const<15724>, Const<15725>, Const<15726>, Const<15727>),
        (Const<15728>, Const<15729>, Const<15730>, Const<15731>, Const<15732>, Const<15733>, Const<15734>, Const<15735>, Const<15736>, Const<15737>, Const<15738>, Const<15739>, Const<15740>, Const<15741>, Const<15742>, Const<15743>),
        (Const<15744>, Const<15745>, Const<15746>, Const<15747>, Const<15748>, Const<15749>, Const<15750>, Const<15751>, Const<15752>, Const<15753>, Const<15754>, Const<15755>, Const<15756>, Const<15757>, Const<15758>, Const<15759>),
        (Const<15760>, Const<15761>, Const<15762>, Const<15763>, Const<15764>, Const<15765>, Const<15766>, Const<15767>, Const<15768>, Const<15769>, Const<15770>, Const<15771>, Const<15772>, Const<15773>, Const<15774>, Const<15775>),
        (Const<15776>, Const<15777>, Const<15778>, Const<15779>, Const<15780>, Const<15781>, Const<15782>, Const<15783>, Const<15784>, Const<15785>, Const<15786>, Const<15787>, Const<15788>, Const<15789>, Const<15790>, Const<15791>),
        (Const<15792>, Const<15793>, Const<15794>, Const<15795>, Const<15796>, Const<15797>, Const<15798>, Const<15799>, Const<15800>, Const<15801>, Const<15802>, Const<15803>, Const<15804>, Const<15805>, Const<15806>, Const<15807>),
        (Const<15808>, Const<15809>, Const<15810>, Const<15811>, Const<15812>, Const<15813>, Const<15814>, Const<15815>, Const<15816>, Const<15817>, Const<15818>, Const<15819>, Const<15820>, Const<15821>, Const<15822>, Const<15823>),
        (Const<15824>, Const<15825>, Const<15826>, Const<15827>, Const<15828>, Const<15829>, Const<15830>, Const<15831>, Const<15832>, Const<15833>, Const<15834>, Const<15835>, Const<15836>, Const<15837>, Const<15838>, Const<15839>),
        (Const<15840>, Const<15841>, Const<15842>, Const<15843>, Const<15844>, Const<15845>, Const<15846>, Const<15847>, Const<15848>, Const<15849>, Const<15850>, Const<15851>, Const<15852>, Const<15853>, Const<15854>, Const<15855>),
        (Const<15856>, Const<15857>, Const<15858>, Const<15859>, Const<15860>, Const<15861>, Const<15862>, Const<15863>, Const<15864>, Const<15865>, Const<15866>, Const<15867>, Const<15868>, Const<15869>, Const<15870>, Const<15871>),
    );
}

impl Row for typenum::consts::U62 {
    type Cols = (
        (Const<15872>, Const<15873>, Const<15874>, Const<15875>, Const<15876>, Const<15877>, Const<15878>, Const<15879>, Const<15880>, Const<15881>, Const<15882>, Const<15883>, Const<15884>, Const<15885>, Const<15886>, Const<15887>),
        (Const<15888>, Const<15889>, Const<15890>, Const<15891>, Const<15892>, Const<15893>, Const<15894>, Const<15895>, Const<15896>, Const<15897>, Const<15898>, Const<15899>, Const<15900>, Const<15901>, Const<15902>, Const<15903>),
        (Const<15904>, Const<15905>, Const<15906>, Const<15907>, Const<15908>, Const<15909>, Const<15910>, Const<15911>, Const<15912>, Const<15913>, Const<15914>, Const<15915>, Const<15916>, Const<15917>, Const<15918>, Const<15919>),
        (Const<15920>, Const<15921>, Const<15922>, Const<15923>, Const<15924>, Const<15925>, Const<15926>, Const<15927>, Const<15928>, Const<15929>, Const<15930>, Const<15931>, Const<15932>, Const<15933>, Const<15934>, Const<15935>),
        (Const<15936>, Const<15937>, Const<15938>, Const<15939>, Const<15940>, Const<15941>, Const<15942>, Const<15943>, Const<15944>, Const<15945>, Const<15946>, Const<15947>, Const<15948>, Const<15949>, Const<15950>, Const<15951>),
        (Const<15952>, Const<15953>, Const<15954>, Const<15955>, Const<15956>, Const<15957>, Const<15958>, Const<15959>, Const<15960>, Const<15961>, Const<15962>, Const<15963>, Const<15964>, Const<15965>, Const<15966>, Const<15967>),
        (Const<15968>, Const<15969>, Const<15970>, Const<15971>, Const<15972>, Const<15973>, Const<15974>, Const<15975>, Const<15976>, Const<15977>, Const<15978>, Const<15979>, Const<15980>, Const<15981>, Const<15982>, Const<15983>),
        (Const<15984>, Const<15985>, Const<15986>, Const<15987>, Const<15988>, Const<15989>, Const<15990>, Const<15991>, Const<15992>, Const<15993>, Const<15994>, Const<15995>, Const<15996>, Const<15997>, Const<15998>, Const<15999>),
        (Const<16000>, Const<16001>, Const<16002>, Const<16003>, Const<16004>, Const<16005>, Const<16006>, Const<16007>, Const<16008>, Const<16009>, Const<16010>, Const<16011>, Const<16012>, Const<16013>, Const<16014>, Const<16015>),
        (Const<16016>, Const<16017>, Const<16018>, Const<16019>, Const<16020>, Const<16021>, Const<16022>, Const<16023>, Const<16024>, Const<16025>, Const<16026>, Const<16027>, Const<16028>, Const<16029>, Const<16030>, Const<16031>),
        (Const<16032>, Const<16033>, Const<16034>, Const<16035>, Const<16036>, Const<16037>, Const<16038>, Const<16039>, Const<16040>, Const<16041>, Const<16042>, Const<16043>, Const<16044>, Const<16045>, Const<16046>, Const<16047>),
        (Const<16048>, Const<16049>, Const<16050>, Const<16051>, Const<16052>, Const<16053>, Const<16054>, Const<16055>, Const<16056>, Const<16057>, Const<16058>, Const<16059>, Const<16060>, Const<16061>, Const<16062>, Const<16063>),
        (Const<16064>, Const<16065>, Const<16066>, Const<16067>, Const<16068>, Const<16069>, Const<16070>, Const<16071>, Const<16072>, Const<16073>, Const<16074>, Const<16075>, Const<16076>, Const<16077>, Const<16078>, Const<16079>),
        (Const<16080>, Const<16081>, Const<16082>, Const<16083>, Const<16084>, Const<16085>, Const<16086>, Const<16087>, Const<16088>, Const<16089>, Const<16090>, Const<16091>, Const<16092>, Const<16093>, Const<16094>, Const<16095>),
        (Const<16096>, Const<16097>, Const<16098>, Const<16099>, Const<16100>, Const<16101>, Const<16102>, Const<16103>, Const<16104>, Const<16105>, Const<16106>, Const<16107>, Const<16108>, Const<16109>, Const<16110>, Const<16111>),
        (Const<16112>, Const<16113>, Const<16114>, Const<16115>, Const<16116>, Const<16117>, Const<16118>, Const<16119>, Const<16120>, Const<16121>, Const<16122>, Const<16123>, Const<16124>, Const<16125>, Const<16126>, Const<16127>),
    );
}

impl Row for typenum::consts::U63 {
    type Cols = (
        (Const<16128>, Const<16129>, Const<16130>, Const<16131>, Const<16132>, Const<16133>, Const<16134>, Const<16135>, Const<16136>, Const<16137>, Const<16138>, Const<16139>, Const<16140>, Const<16141>, Const<16142>, Const<16143>),
        (Const<16144>, Const<16145>, Const<16146>, Const<16147>, Const<16148>, Const<16149>, Const<16150>, Const<16151>, Const<16152>, Const<16153>, Const<16154>, Const<16155>, Const<16156>, Const<16157>, Const<16158>, Const<16159>),
        (Const<16160>, Const<16161>, Const<16162>, Const<16163>, Const<16164>, Const<16165>, Const<16166>, Const<16167>, Const<16168>, Const<16169>, Const<16170>, Const<16171>, Const<16172>, Const<16173>, Const<16174>, Const<16175>),
        (Const<16176>, Const<16177>, Const<16178>, Const<16179>, Const<16180>, Const<16181>, Const<16182>, Const<16183>, Const<16184>, Const<16185>, Const<16186>, Const<16187>, Const<16188>, Const<16189>, Const<16190>, Const<16191>),
        (Const<16192>, Const<16193>, Const<16194>, Const<16195>, Const<16196>, Const<16197>, Const<16198>, Const<16199>, Const<16200>, Const<16201>, Const<16202>, Const<16203>, Const<16204>, Const<16205>, Const<16206>, Const<16207>),
        (Const<16208>, Const<16209>, Const<16210>, Const<16211>, Const<16212>, Const<16213>, Const<16214>, Const<16215>, Const<16216>, Const<16217>, Const<16218>, Const<16219>, Const<16220>, Const<16221>, Const<16222>, Const<16223>),
        (Const<16224>, Const<16225>, Const<16226>, Const<16227>, Const<16228>, Const<16229>, Const<16230>, Const<16231>, Const<16232>, Const<16233>, Const<16234>, Const<16235>, Const<16236>, Const<16237>, Const<16238>, Const<16239>),
        (Const<16240>, Const<16241>, Const<16242>, Const<16243>, Const<16244>, Const<16245>, Const<16246>, Const<16247>, Const<16248>, Const<16249>, Const<16250>, Const<16251>, Const<16252>, Const<16253>, Const<16254>, Const<16255>),
        (Const<16256>, Const<16257>, Const<16258>, Const<16259>, Const<16260>, Const<16261>, Const<16262>, Const<16263>, Const<16264>, Const<16265>, Const<16266>, Const<16267>, Const<16268>, Const<16269>, Const<16270>, Const<16271>),
        (Const<16272>, Const<16273>, Const<16274>, Const<16275>, Const<16276>, Const<16277>, Const<16278>, Const<16279>, Const<16280>, Const<16281>, Const<16282>, Const<16283>, Const<16284>, Const<16285>, Const<16286>, Const<16287>),
        (Const<16288>, Const<16289>, Const<16290>, Const<16291>, Const<16292>, Const<16293>, Const<16294>, Const<16295>, Const<16296>, Const<16297>, Const<16298>, Const<16299>, Const<16300>, Const<16301>, Const<16302>, Const<16303>),
        (Const<16304>, Const<16305>, Const<16306>, Const<16307>, Const<16308>, Const<16309>, Const<16310>, Const<16311>, Const<16312>, Const<16313>, Const<16314>, Const<16315>, Const<16316>, Const<16317>, Const<16318>, Const<16319>),
        (Const<16320>, Const<16321>, Const<16322>, Const<16323>, Const<16324>, Const<16325>, Const<16326>, Const<16327>, Const<16328>, Const<16329>, Const<16330>, Const<16331>, Const<16332>, Const<16333>, Const<16334>, Const<16335>),
        (Const<16336>, Const<16337>, Const<16338>, Const<16339>, Const<16340>, Const<16341>, Const<16342>, Const<16343>, Const<16344>, Const<16345>, Const<16346>, Const<16347>, Const<16348>, Const<16349>, Const<16350>, Const<16351>),
        (Const<16352>, Const<16353>, Const<16354>, Const<16355>, Const<16356>, Const<16357>, Const<16358>, Const<16359>, Const<16360>, Const<16361>, Const<16362>, Const<16363>, Const<16364>, Const<16365>, Const<16366>, Const<16367>),
        (Const<16368>, Const<16369>, Const<16370>, Const<16371>, Const<16372>, Const<16373>, Const<16374>, Const<16375>, Const<16376>, Const<16377>, Const<16378>, Const<16379>, Const<16380>, Const<16381>, Const<16382>, Const<16383>),
    );
}

impl Row for typenum::consts::U64 {
    type Cols = (
        (Const<16384>, Const<16385>, Const<16386>, Const<16387>, Const<16388>, Const<16389>, Const<16390>, Const<16391>, Const<16392>, Const<16393>, Const<16394>, Const<16395>, Const<16396>, Const<16397>, Const<16398>, Const<16399>),
        (Const<16400>, Const<16401>, Const<16402>, Const<16403>, Const<16404>, Const<16405>, Const<16406>, Const<16407>, Const<16408>, Const<16409>, Const<16410>, Const<16411>, Const<16412>, Const<16413>, Const<16414>, Const<16415>),
        (Const<16416>, Const<16417>, Const<16418>, Const<16419>, Const<16420>, Const<16421>, Const<16422>, Const<16423>, Const<16424>, Const<16425>, Const<16426>, Const<16427>, Const<16428>, Const<16429>, Const<16430>, Const<16431>),
        (Const<16432>, Const<16433>, Const<16434>, Const<16435>, Const<16436>, Const<16437>, Const<16438>, Const<16439>, Const<16440>, Const<16441>, Const<16442>, Const<16443>, Const<16444>, Const<16445>, Const<16446>, Const<16447>),
        (Const<16448>, Const<16449>, Const<16450>, Const<16451>, Const<16452>, Const<16453>, Const<16454>, Const<16455>, Const<16456>, Const<16457>, Const<16458>, Const<16459>, Const<16460>, Const<16461>, Const<16462>, Const<16463>),
        (Const<16464>, Const<16465>, Const<16466>, Const<16467>, Const<16468>, Const<16469>, Const<16470>, Const<16471>, Const<16472>, Const<16473>, Const<16474>, Const<16475>, Const<16476>, Const<16477>, Const<16478>, Const<16479>),
        (Const<16480>, Const<16481>, Const<16482>, Const<16483>, Const<16484>, Const<16485>, Const<16486>, Const<16487>, Const<16488>, Const<16489>, Const<16490>, Const<16491>, Const<16492>, Const<16493>, Const<16494>, Const<16495>),
        (Const<16496>, Const<16497>, Const<16498>, Const<16499>, Const<16500>, Const<16501>, Const<16502>, Const<16503>, Const<16504>, Const<16505>, Const<16506>, Const<16507>, Const<16508>, Const<16509>, Const<16510>, Const<16511>),
        (Const<16512>, Const<16513>, Const<16514>, Const<16515>, Const<16516>, Const<16517>, Const<16518>, Const<16519>, Const<16520>, Const<16521>, Const<16522>, Const<16523>, Const<16524>, Const<16525>, Const<16526>, Const<16527>),
        (Const<16528>, Const<16529>, Const<16530>, Const<16531>, Const<16532>, Const<16533>, Const<16534>, Const<16535>, Const<16536>, Const<16537>, Const<16538>, Const<16539>, Const<16540>, Const<16541>, Const<16542>, Const<16543>),
        (Const<16544>, Const<16545>, Const<16546>, Const<16547>, Const<16548>, Const<16549>, Const<16550>, Const<16551>, Const<16552>, Const<16553>, Const<16554>, Const<16555>, Const<16556>, Const<16557>, Const<16558>, Const<16559>),
        (Const<16560>, Const<16561>, Const<16562>, Const<16563>, Const<16564>, Const<16565>, Const<16566>, Const<16567>, Const<16568>, Const<16569>, Const<16570>, Const<16571>, Const<16572>, Const<16573>, Const<16574>, Const<16575>),
        (Const<16576>, Const<16577>, Const<16578>, Const<16579>, Const<16580>, Const<16581>, Const<16582>, Const<16583>, Const<16584>, Const<16585>, Const<16586>, Const<16587>, Const<16588>, Const<16589>, Const<16590>, Const<16591>),
        (Const<16592>, Const<16593>, Const<16594>, Const<16595>, Const<16596>, Const<16597>, Const<16598>, Const<16599>, Const<16600>, Const<16601>, Const<16602>, Const<16603>, Const<16604>, Const<16605>, Const<16606>, Const<16607>),
        (Const<16608>, Const<16609>, Const<16610>, Const<16611>, Const<16612>, Const<16613>, Const<16614>, Const<16615>, Const<16616>, Const<16617>, Const<16618>, Const<16619>, Const<16620>, Const<16621>, Const<16622>, Const<16623>),
        (Const<16624>, Const<16625>, Const<16626>, Const<16627>, Const<16628>, Const<16629>, Const<16630>, Const<16631>, Const<16632>, Const<16633>, Const<16634>, Const<16635>, Const<16636>, Const<16637>, Const<16638>, Const<16639>),
    );
}

impl Row for typenum::consts::U65 {
    type Cols = (
        (Const<16640>, Const<16641>, Const<16642>, Const<16643>, Const<16644>, Const<16645>, Const<16646>, Const<16647>, Const<16648>, Const<16649>, Const<16650>, Const<16651>, Const<16652>, Const<16653>, Const<16654>, Const<16655>),
        (Const<16656>, Const<16657>, Const<16658>, Const<16659>, Const<16660>, Const<16661>, Const<16662>, Const<16663>, Const<16664>, Const<16665>, Const<16666>, Const<16667>, Const<16668>, Const<16669>, Const<16670>, Const<16671>),
        (Const<16672>, Const<16673>, Const<16674>, Const<16675>, Const<16676>, Const<16677>, Const<16678>, Const<16679>, Const<16680>, Const<16681>, Const<16682>, Const<16683>, Const<16684>, Const<16685>, Const<16686>, Const<16687>),
        (Const<16688>, Const<16689>, Const<16690>, Const<16691>, Const<16692>, Const<16693>, Const<16694>, Const<16695>, Const<16696>, Const<16697>, Const<16698>, Const<16699>, Const<16700>, Const<16701>, Const<16702>, Const<16703>),
        (Const<16704>, Const<16705>, Const<16706>, Const<16707>, Const<16708>, Const<16709>, Const<16710>, Const<16711>, Const<16712>, Const<16713>, Const<16714>, Const<16715>, Const<16716>, Const<16717>, Const<16718>, Const<16719>),
        (Const<16720>, Const<16721>, Const<16722>, Const<16723>, Const<16724>, Const<16725>, Const<16726>, Const<16727>, Const<16728>, Const<16729>, Const<16730>, Const<16731>, Const<16732>, Const<16733>, Const<16734>, Const<16735>),
        (Const<16736>, Const<16737>, Const<16738>, Const<16739>, Const<16740>, Const<16741>, Const<16742>, Const<16743>, Const<16744>, Const<16745>, Const<16746>, Const<16747>, Const<16748>, Const<16749>, Const<16750>, Const<16751>),
        (Const<16752>, Const<16753>, Const<16754>, Const<16755>, Const<16756>, Const<16757>, Const<16758>, Const<16759>, Const<16760>, Const<16761>, Const<16762>, Const<16763>, Const<16764>, Const<16765>, Const<16766>, Const<16767>),
        (Const<16768>, Const<16769>, Const<16770>, Const<16771>, Const<16772>, Const<16773>, Const<16774>, Const<16775>, Const<16776>, Const<16777>, Const<16778>, Const<16779>, Const<16780>, Const<16781>, Const<16782>, Const<16783>),
        (Const<16784>, Const<16785>, Const<16786>, Const<16787>, Const<16788>, Const<16789>, Const<16790>, Const<16791>, Const<16792>, Const<16793>, Const<16794>, Const<16795>, Const<16796>, Const<16797>, Const<16798>, Const<16799>),
        (Const<16800>, Const<16801>, Const<16802>, Const<16803>, Const<16804>, Const<16805>, Const<16806>, Const<16807>, Const<16808>, Const<16809>, Const<16810>, Const<16811>, Const<16812>, Const<16813>, Const<16814>, Const<16815>),
        (Const<16816>, Const<16817>, Const<16818>, Const<16819>, Const<16820>, Const<16821>, Const<16822>, Const<16823>, Const<16824>, Const<16825>, Const<16826>, Const<16827>, Const<16828>, Const<16829>, Const<16830>, Const<16831>),
        (Const<16832>, Const<16833>, Const<16834>, Const<16835>, Const<16836>, Const<16837>, Const<16838>, Const<16839>, Const<16840>, Const<16841>, Const<16842>, Const<16843>, Const<16844>, Const<16845>, Const<16846>, Const<16847>),
        (Const<16848>, Const<16849>, Const<16850>, Const<16851>, Const<16852>, Const<16853>, Const<16854>, Const<16855>, Const<16856>, Const<16857>, Const<16858>, Const<16859>, Const<16860>, Const<16861>, Const<16862>, Const<16863>),
        (Const<16864>, Const<16865>, Const<16866>, Const<16867>, Const<16868>, Const<16869>, Const<16870>, Const<16871>, Const<16872>, Const<16873>, Const<16874>, Const<16875>, Const<16876>, Const<16877>, Const<16878>, Const<16879>),
        (Const<16880>, Const<16881>, Const<16882>, Const<16883>, Const<16884>, Const<16885>, Const<16886>, Const<16887>, Const<16888>, Const<16889>, Const<16890>, Const<16891>, Const<16892>, Const<16893>, Const<16894>, Const<16895>),
    );
}

impl Row for typenum::consts::U66 {
    type Cols = (
        (Const<16896>, Const<16897>, Const<16898>, Const<16899>, Const<16900>, Const<16901>, Const<16902>, Const<16903>, Const<16904>, Const<16905>, Const<16906>, Const<16907>, Const<16908>, Const<16909>, Const<16910>, Const<16911>),
        (Const<16912>, Const<16913>, Const<16914>, Const<16915>, Const<16916>, Const<16917>, Const<16918>, Const<16919>, Const<16920>, Const<16921>, Const<16922>, Const<16923>, Const<16924>, Const<16925>, Const<16926>, Const<16927>),
        (Const<16928>, Const<16929>, Const<16930>, Const<16931>, Const<16932>, Const<16933>, Const<16934>, Const<16935>, Const<16936>, Const<16937>, Const<16938>, Const<16939>, Const<16940>, Const<16941>, Const<16942>, Const<16943>),
        (Const<16944>, Const<16945>, Const<16946>, Const<16947>, Const<16948>, Const<16949>, Const<16950>, Const<16951>, Const<16952>, Const<16953>, Const<16954>, Const<16955>, Const<16956>, Const<16957>, Const<16958>, Const<16959>),
        (Const<16960>, Const<16961>, Const<16962>, Const<16963>, Const<16964>, Const<16965>, Const<16966>, Const<16967>, Const<16968>, Const<16969>, Const<16970>, Const<16971>, Const<16972>, Const<16973>, Const<16974>, Const<16975>),
        (Const<16976>, Const<16977>, Const<16978>, Const<16979>, Const<16980>, Const<16981>, Const<16982>, Const<16983>, Const<16984>, Const<16985>, Const<16986>, Const<16987>, Const<16988>, Const<16989>, Const<16990>, Const<16991>),
        (Const<16992>, Const<16993>, Const<16994>, Const<16995>, Const<16996>, Const<16997>, Const<16998>, Const<16999>, Const<17000>, Const<17001>, Const<17002>, Const<17003>, Const<17004>, Const<17005>, Const<17006>, Const<17007>),
        (Const<17008>, Const<17009>, Const<17010>, Const<17011>, Const<17012>, Const<17013>, Const<17014>, Const<17015>, Const<17016>, Const<17017>, Const<17018>, Const<17019>, Const<17020>, Const<17021>, Const<17022>, Const<17023>),
        (Const<17024>, Const<17025>, Const<17026>, Const<17027>, Const<17028>, Const<17029>, Const<17030>, Const<17031>, Const<17032>, Const<17033>, Const<17034>, Const<17035>, Const<17036>, Const<17037>, Const<17038>, Const<17039>),
        (Const<17040>, Const<17041>, Const<17042>, Const<17043>, Const<17044>, Const<17045>, Const<17046>, Const<17047>, Const<17048>, Const<17049>, Const<17050>, Const<17051>, Const<17052>, Const<17053>, Const<17054>, Const<17055>),
        (Const<17056>, Const<17057>, Const<17058>, Const<17059>, Const<17060>, Const<17061>, Const<17062>, Const<17063>, Const<17064>, Const<17065>, Const<17066>, Const<17067>, Const<17068>, Const<17069>, Const<17070>, Const<17071>),
        (Const<17072>, Const<17073>, Const<17074>, Const<17075>, Const<17076>, Const<17077>, Const<17078>, Const<17079>, Const<17080>, Const<17081>, Const<17082>, Const<17083>, Const<17084>, Const<17085>, Const<17086>, Const<17087>),
        (Const<17088>, Const<17089>, Const<17090>, Const<17091>, Const<17092>, Const<17093>, Const<17094>, Const<17095>, Const<17096>, Const<17097>, Const<17098>, Const<17099>, Const<17100>, Const<17101>, Const<17102>, Const<17103>),
        (Const<17104>, Const<17105>, Const<17106>, Const<17107>, Const<17108>, Const<17109>, Const<17110>, Const<17111>, Const<17112>, Const<17113>, Const<17114>, Const<17115>, Const<17116>, Const<17117>, Const<17118>, Const<17119>),
        (Const<17120>, Const<17121>, Const<17122>, Const<17123>, Const<17124>, Const<17125>, Const<17126>, Const<17127>, Const<17128>, Const<17129>, Const<17130>, Const<17131>, Const<17132>, Const<17133>, Const<17134>, Const<17135>),
        (Const<17136>, Const<17137>, Const<17138>, Const<17139>, Const<17140>, Const<17141>, Const<17142>, Const<17143>, Const<17144>, Const<17145>, Const<17146>, Const<17147>, Const<17148>, Const<17149>, Const<17150>, Const<17151>),
    );
}

impl Row for typenum::consts::U67 {
    type Cols = (
        (Const<17152>, Const<17153>, Const<17154>, Const<17155>, Const<17156>, Const<17157>, Const<17158>, Const<17159>, Const<17160>, Const<17161>, Const<17162>, Const<17163>, Const<17164>, Const<17165>, Const<17166>, Const<17167>),
        (Const<17168>, Const<17169>, Const<17170>, Const<17171>, Const<17172>, Const<17173>, Const<17174>, Const<17175>, Const<17176>, Const<17177>, Const<17178>, Const<17179>, Const<17180>, Const<17181>, Const<17182>, Const<17183>),
        (Const<17184>, Const<17185>, Const<17186>, Const<17187>, Const<17188>, Const<17189>, Const<17190>, Const<17191>, Const<17192>, Const<17193>, Const<17194>, Const<17195>, Const<17196>, Const<17197>, Const<17198>, Const<17199>),
        (Const<17200>, Const<17201>, Const<17202>, Const<17203>, Const<17204>, Const<17205>, Const<17206>, Const<17207>, Const<17208>, Const<17209>, Const<17210>, Const<17211>, Const<17212>, Const<17213>, Const<17214>, Const<17215>),
        (Const<17216>, Const<17217>, Const<17218>, Const<17219>, Const<17220>, Const<17221>, Const<17222>, Const<17223>, Const<17224>, Const<17225>, Const<17226>, Const<17227>, Const<17228>, Const<17229>, Const<17230>, Const<17231>),
        (Const<17232>, Const<17233>, Const<17234>, Const<17235>, Const<17236>, Const<17237>, Const<17238>, Const<17239>, Const<17240>, Const<17241>, Const<17242>, Const<17243>, Const<17244>, Const<17245>, Const<17246>, Const<17247>),
        (Const<17248>, Const<17249>, Const<17250>, Const<17251>, Const<17252>, Const<17253>, Const<17254>, Const<17255>, Const<17256>, Const<17257>, Const<17258>, Const<17259>, Const<17260>, Const<17261>, Const<17262>, Const<17263>),
        (Const<17264>, Const<17265>, Const<17266>, Const<17267>, Const<17268>, Const<17269>, Const<17270>, Const<17271>, Const<17272>, Const<17273>, Const<17274>, Const<17275>, Const<17276>, Const<17277>, Const<17278>, Const<17279>),
        (Const<17280>, Const<17281>, Const<17282>, Const<17283>, Const<17284>, Const<17285>, Const<17286>, Const<17287>, Const<17288>, Const<17289>, Const<17290>, Const<17291>, Const<17292>, Const<17293>, Const<17294>, Const<17295>),
        (Const<17296>, Const<17297>, Const<17298>, Const<17299>, Const<17300>, Const<17301>, Const<17302>, Const<17303>, Const<17304>, Const<17305>, Const<17306>, Const<17307>, Const<17308>, Const<17309>, Const<17310>, Const<17311>),
        (Const<17312>, Const<17313>, Const<17314>, Const<17315>, Const<17316>, Const<17317>, Const<17318>, Const<17319>, Const<17320>, Const<17321>, Const<17322>, Const<17323>, Const<17324>, Const<17325>, Const<17326>, Const<17327>),
        (Const<17328>, Const<17329>, Const<17330>, Const<17331>, Const<17332>, Const<17333>, Const<17334>, Const<17335>, Const<17336>, Const<17337>, Const<17338>, Const<17339>, Const<17340>, Const<17341>, Const<17342>, Const<17343>),
        (Const<17344>, Const<17345>, Const<17346>, Const<17347>, Const<17348>, Const<17349>, Const<17350>, Const<17351>, Const<17352>, Const<17353>, Const<17354>, Const<17355>, Const<17356>, Const<17357>, Const<17358>, Const<17359>),
        (Const<17360>, Const<17361>, Const<17362>, Const<17363>, Const<17364>, Const<17365>, Const<17366>, Const<17367>, Const<17368>, Const<17369>, Const<17370>, Const<17371>, Const<17372>, Const<17373>, Const<17374>, Const<17375>),
        (Const<17376>, Const<17377>, Const<17378>, Const<17379>, Const<17380>, Const<17381>, Const<17382>, Const<17383>, Const<17384>, Const<17385>, Const<17386>, Const<17387>, Const<17388>, Const<17389>, Const<17390>, Const<17391>),
        (Const<17392>, Const<17393>, Const<17394>, Const<17395>, Const<17396>, Const<17397>, Const<17398>, Const<17399>, Const<17400>, Const<17401>, Const<17402>, Const<17403>, Const<17404>, Const<17405>, Const<17406>, Const<17407>),
    );
}

impl Row for typenum::consts::U68 {
    type Cols = (
        (Const<17408>, Const<17409>, Const<17410>, Const<17411>, Const<17412>, Const<17413>, Const<17414>, Const<17415>, Const<17416>, Const<17417>, Const<17418>, Const<17419>, Const<17420>, Const<17421>, Const<17422>, Const<17423>),
        (Const<17424>, Const<17425>, Const<17426>, Const<17427>, Const<17428>, Const<17429>, Const<17430>, Const<17431>, Const<17432>, Const<17433>, Const<17434>, Const<17435>, Const<17436>, Const<17437>, Const<17438>, Const<17439>),
        (Const<17440>, Const<17441>, Const<17442>, Const<17443>, Const<17444>, Const<17445>, Const<17446>, Const<17447>, Const<17448>, Const<17449>, Const<17450>, Const<17451>, Const<17452>, Const<17453>, Const<17454>, Const<17455>),
        (Const<17456>, Const<17457>, Const<17458>, Const<17459>, Const<17460>, Const<17461>, Const<17462>, Const<17463>, Const<17464>, Const<17465>, Const<17466>, Const<17467>, Const<17468>, Const<17469>, Const<17470>, Const<17471>),
        (Const<17472>, Const<17473>, Const<17474>, Const<17475>, Const<17476>, Const<17477>, Const<17478>, Const<17479>, Const<17480>, Const<17481>, Const<17482>, Const<17483>, Const<17484>, Const<17485>, Const<17486>, Const<17487>),
        (Const<17488>, Const<17489>, Const<17490>, Const<17491>, Const<17492>, Const<17493>, Const<17494>, Const<17495>, Const<17496>, Const<17497>, Const<17498>, Const<17499>, Const<17500>, Const<17501>, Const<17502>, Const<17503>),
        (Const<17504>, Const<17505>, Const<17506>, Const<17507>, Const<17508>, Const<17509>, Const<17510>, Const<17511>, Const<17512>, Const<17513>, Const<17514>, Const<17515>, Const<17516>, Const<17517>, Const<17518>, Const<17519>),
        (Const<17520>, Const<17521>, Const<17522>, Const<17523>, Const<17524>, Const<17525>, Const<17526>, Const<17527>, Const<17528>, Const<17529>, Const<17530>, Const<17531>, Const<17532>, Const<17533>, Const<17534>, Const<17535>),
        (Const<17536>, Const<17537>, Const<17538>, Const<17539>, Const<17540>, Const<17541>, Const<17542>, Const<17543>, Const<17544>, Const<17545>, Const<17546>, Const<17547>, Const<17548>, Const<17549>, Const<17550>, Const<17551>),
        (Const<17552>, Const<17553>, Const<17554>, Const<17555>, Const<17556>, Const<17557>, Const<17558>, Const<17559>, Const<17560>, Const<17561>, Const<17562>, Const<17563>, Const<17564>, Const<17565>, Const<17566>, Const<17567>),
        (Const<17568>, Const<17569>, Const<17570>, Const<17571>, Const<17572>, Const<17573>, Const<17574>, Const<17575>, Const<17576>, Const<17577>, Const<17578>, Const<17579>, Const<17580>, Const<17581>, Const<17582>, Const<17583>),
        (Const<17584>, Const<17585>, Const<17586>, Const<17587>, Const<17588>, Const<17589>, Const<17590>, Const<17591>, Const<17592>, Const<17593>, Const<17594>, Const<17595>, Const<17596>, Const<17597>, Const<17598>, Const<17599>),
        (Const<17600>, Const<17601>, Const<17602>, Const<17603>, Const<17604>, Const<17605>, Const<17606>, Const<17607>, Const<17608>, Const<17609>, Const<17610>, Const<17611>, Const<17612>, Const<17613>, Const<17614>, Const<17615>),
        (Const<17616>, Const<17617>, Const<17618>, Const<17619>, Const<17620>, Const<17621>, Const<17622>, Const<17623>, Const<17624>, Const<17625>, Const<17626>, Const<17627>, Const<17628>, Const<17629>, Const<17630>, Const<17631>),
        (Const<17632>, Const<17633>, Const<17634>, Const<17635>, Const<17636>, Const<17637>, Const<17638>, Const<17639>, Const<17640>, Const<17641>, Const<17642>, Const<17643>, Const<17644>, Const<17645>, Const<17646>, Const<17647>),
        (Const<17648>, Const<17649>, Const<17650>, Const<17651>, Const<17652>, Const<17653>, Const<17654>, Const<17655>, Const<17656>, Const<17657>, Const<17658>, Const<17659>, Const<17660>, Const<17661>, Const<17662>, Const<17663>),
    );
}

impl Row for typenum::consts::U69 {
    type Cols = (
        (Const<17664>, Const<17665>, Const<17666>, Const<17667>, Const<17668>, Const<17669>, Const<17670>, Const<17671>, Const<17672>, Const<17673>, Const<17674>, Const<17675>, Const<17676>, Const<17677>, Const<17678>, Const<17679>),
        (Const<17680>, Const<17681>, Const<17682>, Const<17683>, Const<17684>, Const<17685>, Const<17686>, Const<17687>, Const<17688>, Const<17689>, Const<17690>, Const<17691>, Const<17692>, Const<17693>, Const<17694>, Const<17695>),
        (Const<17696>, Const<17697>, Const<17698>, Const<17699>, Const<17700>, Const<17701>, Const<17702>, Const<17703>, Const<17704>, Const<17705>, Const<17706>, Const<17707>, Const<17708>, Const<17709>, Const<17710>, Const<17711>),
        (Const<17712>, Const<17713>, Const<17714>, Const<17715>, Const<17716>, Const<17717>, Const<17718>, Const<17719>, Const<17720>, Const<17721>, Const<17722>, Const<17723>, Const<17724>, Const<17725>, Const<17726>, Const<17727>),
        (Const<17728>, Const<17729>, Const<17730>, Const<17731>, Const<17732>, Const<17733>, Const<17734>, Const<17735>, Const<17736>, Const<17737>, Const<17738>, Const<17739>, Const<17740>, Const<17741>, Const<17742>, Const<17743>),
        (Const<17744>, Const<17745>, Const<17746>, Const<17747>, Const<17748>, Const<17749>, Const<17750>, Const<17751>, Const<17752>, Const<17753>, Const<17754>, Const<17755>, Const<17756>, Const<17757>, Const<17758>, Const<17759>),
        (Const<17760>, Const<17761>, Const<17762>, Const<17763>, Const<17764>, Const<17765>, Const<17766>, Const<17767>, Const<17768>, Const<17769>, Const<17770>, Const<17771>, Const<17772>, Const<17773>, Const<17774>, Const<17775>),
        (Const<17776>, Const<17777>, Const<17778>, Const<17779>, Const<17780>, Const<17781>, Const<17782>, Const<17783>, Const<17784>, Const<17785>, Const<17786>, Const<17787>, Const<17788>, Const<17789>, Const<17790>, Const<17791>),
        (Const<17792>, Const<17793>, Const<17794>, Const<17795>, Const<17796>, Const<17797>, Const<17798>, Const<17799>, Const<17800>, Const<17801>, Const<17802>, Const<17803>, Const<17804>, Const<17805>, Const<17806>, Const<17807>),
        (Const<17808>, Const<17809>, Const<17810>, Const<17811>, Const<17812>, Const<17813>, Const<17814>, Const<17815>, Const<17816>, Const<17817>, Const<17818>, Const<17819>, Const<17820>, Const<17821>, Const<17822>, Const<17823>),
        (Const<17824>, Const<17825>, Const<17826>, Const<17827>, Const<17828>, Const<17829>, Const<17830>, Const<17831>, Const<17832>, Const<17833>, Const<17834>, Const<17835>, Const<17836>, Const<17837>, Const<17838>, Const<17839>),
        (Const<17840>, Const<17841>, Const<17842>, Const<17843>, Const<17844>, Const<17845>, Const<17846>, Const<17847>, Const<17848>, Const<17849>, Const<17850>, Const<17851>, Const<17852>, Const<17853>, Const<17854>, Const<17855>),
        (Const<17856>, Const<17857>, Const<17858>, Const<17859>, Const<17860>, Const<17861>, Const<17862>, Const<17863>, Const<17864>, Const<17865>, Const<17866>, Const<17867>, Const<17868>, Const<17869>, Const<17870>, Const<17871>),
        (Const<17872>, Const<17873>, Const<17874>, Const<17875>, Const<17876>, Const<17877>, Const<17878>, Const<17879>, Const<17880>, Const<17881>, Const<17882>, Const<17883>, Const<17884>, Const<17885>, Const<17886>, Const<17887>),
        (Const<17888>, Const<17889>, Const<17890>, Const<17891>, Const<17892>, Const<17893>, Const<17894>, Const<17895>, Const<17896>, Const<17897>, Const<17898>, Const<17899>, Const<17900>, Const<17901>, Const<17902>, Const<17903>),
        (Const<17904>, Const<17905>, Const<17906>, Const<17907>, Const<17908>, Const<17909>, Const<17910>, Const<17911>, Const<17912>, Const<17913>, Const<17914>, Const<17915>, Const<17916>, Const<17917>, Const<17918>, Const<17919>),
    );
}

impl Row for typenum::consts::U70 {
    type Cols = (
        (Const<17920>, Const<17921>, Const<17922>, Const<17923>, Const<17924>, Const<17925>, Const<17926>, Const<17927>, Const<17928>, Const<17929>, Const<17930>, Const<17931>, Const<17932>, Const<17933>, Const<17934>, Const<17935>),
        (Const<17936>, Const<17937>, Const<17938>, Const<17939>, Const<17940>, Const<17941>, Const<17942>, Const<17943>, Const<17944>, Const<17945>, Const<17946>, Const<17947>, Const<17948>, Const<17949>, Const<17950>, Const<17951>),
        (Const<17952>, Const<17953>, Const<17954>, Const<17955>, Const<17956>, Const<17957>, Const<17958>, Const<17959>, Const<17960>, Const<17961>, Const<17962>, Const<17963>, Const<17964>, Const<17965>, Const<17966>, Const<17967>),
        (Const<17968>, Const<17969>, Const<17970>, Const<17971>, Const<17972>, Const<17973>, Const<17974>, Const<17975>, Const<17976>, Const<17977>, Const<17978>, Const<17979>, Const<17980>, Const<17981>, Const<17982>, Const<17983>),
        (Const<17984>, Const<17985>, Const<17986>, Const<17987>, Const<17988>, Const<17989>, Const<17990>, Const<17991>, Const<17992>, Const<17993>, Const<17994>, Const<17995>, Const<17996>, Const<17997>, Const<17998>, Const<17999>),
        (Const<18000>, Const<18001>, Const<18002>, Const<18003>, Const<18004>, Const<18005>, Const<18006>, Const<18007>, Const<18008>, Const<18009>, Const<18010>, Const<18011>, Const<18012>, Const<18013>, Const<18014>, Const<18015>),
        (Const<18016>, Const<18017>, Const<18018>, Const<18019>, Const<18020>, Const<18021>, Const<18022>, Const<18023>, Const<18024>, Const<18025>, Const<18026>, Const<18027>, Const<18028>, Const<18029>, Const<18030>, Const<18031>),
        (Const<18032>, Const<18033>, Const<18034>, Const<18035>, Const<18036>, Const<18037>, Const<18038>, Const<18039>, Const<18040>, Const<18041>, Const<18042>, Const<18043>, Const<18044>, Const<18045>, Const<18046>, Const<18047>),
        (Const<18048>, Const<18049>, Const<18050>, Const<18051>, Const<18052>, Const<18053>, Const<18054>, Const<18055>, Const<18056>, Const<18057>, Const<18058>, Const<18059>, Const<18060>, Const<18061>, Const<18062>, Const<18063>),
        (Const<18064>, Const<18065>, Const<18066>, Const<18067>, Const<18068>, Const<18069>, Const<18070>, Const<18071>, Const<18072>, Const<18073>, Const<18074>, Const<18075>, Const<18076>, Const<18077>, Const<18078>, Const<18079>),
        (Const<18080>, Const<18081>, Const<18082>, Const<18083>, Const<18084>, Const<18085>, Const<18086>, Const<18087>, Const<18088>, Const<18089>, Const<18090>, Const<18091>, Const<18092>, Const<18093>, Const<18094>, Const<18095>),
        (Const<18096>, Const<18097>, Const<18098>, Const<18099>, Const<18100>, Const<18101>, Const<18102>, Const<18103>, Const<18104>, Const<18105>, Const<18106>, Const<18107>, Const<18108>, Const<18109>, Const<18110>, Const<18111>),
        (Const<18112>, Const<18113>, Const<18114>, Const<18115>, Const<18116>, Const<18117>, Const<18118>, Const<18119>, Const<18120>, Const<18121>, Const<18122>, Const<18123>, Const<18124>, Const<18125>, Const<18126>, Const<18127>),
        (Const<18128>, Const<18129>, Const<18130>, Const<18131>, Const<18132>, Const<18133>, Const<18134>, Const<18135>, Const<18136>, Const<18137>, Const<18138>, Const<18139>, Const<18140>, Const<18141>, Const<18142>, Const<18143>),
        (Const<18144>, Const<18145>, Const<18146>, Const<18147>, Const<18148>, Const<18149>, Const<18150>, Const<18151>, Const<18152>, Const<18153>, Const<18154>, Const<18155>, Const<18156>, Const<18157>, Const<18158>, Const<18159>),
        (Const<18160>, Const<18161>, Const<18162>, Const<18163>, Const<18164>, Const<18165>, Const<18166>, Const<18167>, Const<18168>, Const<18169>, Const<18170>, Const<18171>, Const<18172>, Const<18173>, Const<18174>, Const<18175>),
    );
}

impl Row for typenum::consts::U71 {
    type Cols = (
        (Const<18176>, Const<18177>, Const<18178>, Const<18179>, Const<18180>, Const<18181>, Const<18182>, Const<18183>, Const<18184>, Const<18185>, Const<18186>, Const<18187>, Const<18188>, Const<18189>, Const<18190>, Const<18191>),
        (Const<18192>, Const<18193>, Const<18194>, Const<18195>, Const<18196>, Const<18197>, Const<18198>, Const<18199>, Const<18200>, Const<18201>, Const<18202>, Const<18203>, Const<18204>, Const<18205>, Const<18206>, Const<18207>),
        (Const<18208>, Const<18209>, Const<18210>, Const<18211>, Const<18212>, Const<18213>, Const<18214>, Const<18215>, Const<18216>, Const<18217>, Const<18218>, Const<18219>, Const<18220>, Const<18221>, Const<18222>, Const<18223>),
        (Const<18224>, Const<18225>, Const<18226>, Const<18227>, Const<18228>, Const<18229>, Const<18230>, Const<18231>, Const<18232>, Const<18233>, Const<18234>, Const<18235>, Const<18236>, Const<18237>, Const<18238>, Const<18239>),
        (Const<18240>, Const<18241>, Const<18242>, Const<18243>, Const<18244>, Const<18245>, Const<18246>, Const<18247>, Const<18248>, Const<18249>, Const<18250>, Const<18251>, Const<18252>, Const<18253>, Const<18254>, Const<18255>),
        (Const<18256>, Const<18257>, Const<18258>, Const<18259>, Const<18260>, Const<18261>, Const<18262>, Const<18263>, Const<18264>, Const<18265>, Const<18266>, Const<18267>, Const<18268>, Const<18269>, Const<18270>, Const<18271>),
        (Const<18272>, Const<18273>, Const<18274>, Const<18275>, Const<18276>, Const<18277>, Const<18278>, Const<18279>, Const<18280>, Const<18281>, Const<18282>, Const<18283>, Const<18284>, Const<18285>, Const<18286>, Const<18287>),
        (Const<18288>, Const<18289>, Const<18290>, Const<18291>, Const<18292>, Const<18293>, Const<18294>, Const<18295>, Const<18296>, Const<18297>, Const<18298>, Const<18299>, Const<18300>, Const<18301>, Const<18302>, Const<18303>),
        (Const<18304>, Const<18305>, Const<18306>, Const<18307>, Const<18308>, Const<18309>, Const<18310>, Const<18311>, Const<18312>, Const<18313>, Const<18314>, Const<18315>, Const<18316>, Const<18317>, Const<18318>, Const<18319>),
        (Const<18320>, Const<18321>, Const<18322>, Const<18323>, Const<18324>, Const<18325>, Const<18326>, Const<18327>, Const<18328>, Const<18329>, Const<18330>, Const<18331>, Const<18332>, Const<18333>, Const<18334>, Const<18335>),
        (Const<18336>, Const<18337>, Const<18338>, Const<18339>, Const<18340>, Const<18341>, Const<18342>, Const<18343>, Const<18344>, Const<18345>, Const<18346>, Const<18347>, Const<18348>, Const<18349>, Const<18350>, Const<18351>),
        (Const<18352>, Const<18353>, Const<18354>, Const<18355>, Const<18356>, Const<18357>, Const<18358>, Const<18359>, Const<18360>, Const<18361>, Const<18362>, Const<18363>, Const<18364>, Const<18365>, Const<18366>, Const<18367>),
        (Const<18368>, Const<18369>, Const<18370>, Const<18371>, Const<18372>, Const<18373>, Const<18374>, Const<18375>, Const<18376>, Const<18377>, Const<18378>, Const<18379>, Const<18380>, Const<18381>, Const<18382>, Const<18383>),
        (Const<18384>, Const<18385>, Const<18386>, Const<18387>, Const<18388>, Const<18389>, Const<18390>, Const<18391>, Const<18392>, Const<18393>, Const<18394>, Const<18395>, Const<18396>, Const<18397>, Const<18398>, Const<18399>),
        (Const<18400>, Const<18401>, Const<18402>, Const<18403>, Const<18404>, Const<18405>, Const<18406>, Const<18407>, Const<18408>, Const<18409>, Const<18410>, Const<18411>, Const<18412>, Const<18413>, Const<18414>, Const<18415>),
        (Const<18416>, Const<18417>, Const<18418>, Const<18419>, Const<18420>, Const<18421>, Const<18422>, Const<18423>, Const<18424>, Const<18425>, Const<18426>, Const<18427>, Const<18428>, Const<18429>, Const<18430>, Const<18431>),
    );
}

impl Row for typenum::consts::U72 {
    type Cols = (
        (Const<18432>, Const<18433>, Const<18434>, Const<18435>, Const<18436>, Const<18437>, Const<18438>, Const<18439>, Const<18440>, Const<18441>, Const<18442>, Const<18443>, Const<18444>, Const<18445>, Const<18446>, Const<18447>),
        (Const<18448>, Const<18449>, Const<18450>, Const<18451>, Const<18452>, Const<18453>, Const<18454>, Const<18455>, Const<18456>, Const<18457>, Const<18458>, Const<18459>, Const<18460>, Const<18461>, Const<18462>, Const<18463>),
        (Const<18464>, Const<18465>, Const<18466>, Const<18467>, Const<18468>, Const<18469>, Const<18470>, Const<18471>, Const<18472>, Const<18473>, Const<18474>, Const<18475>, Const<18476>, Const<18477>, Const<18478>, Const<18479>),
        (Const<18480>, Const<18481>, Const<18482>, Const<18483>, Const<18484>, Const<18485>, Const<18486>, Const<18487>, Const<18488>, Const<18489>, Const<18490>, Const<18491>, Const<18492>, Const<18493>, Const<18494>, Const<18495>),
        (Const<18496>, Const<18497>, Const<18498>, Const<18499>, Const<18500>, Const<18501>, Const<18502>, Const<18503>, Const<18504>, Const<18505>, Const<18506>, Const<18507>, Const<18508>, Const<18509>, Const<18510>, Const<18511>),
        (Const<18512>, Const<18513>, Const<18514>, Const<18515>, Const<18516>, Const<18517>, Const<18518>, Const<18519>, Const<18520>, Const<18521>, Const<18522>, Const<18523>, Const<18524>, Const<18525>, Const<18526>, Const<18527>),
        (Const<18528>, Const<18529>, Const<18530>, Const<18531>, Const<18532>, Const<18533>, Const<18534>, Const<18535>, Const<18536>, Const<18537>, Const<18538>, Const<18539>, Const<18540>, Const<18541>, Const<18542>, Const<18543>),
        (Const<18544>, Const<18545>, Const<18546>, Const<18547>, Const<18548>, Const<18549>, Const<18550>, Const<18551>, Const<18552>, Const<18553>, Const<18554>, Const<18555>, Const<18556>, Const<18557>, Const<18558>, Const<18559>),
        (Const<18560>, Const<18561>, Const<18562>, Const<18563>, Const<18564>, Const<18565>, Const<18566>, Const<18567>, Const<18568>, Const<18569>, Const<18570>, Const<18571>, Const<18572>, Const<18573>, Const<18574>, Const<18575>),
        (Const<18576>, Const<18577>, Const<18578>, Const<18579>, Const<18580>, Const<18581>, Const<18582>, Const<18583>, Const<18584>, Const<18585>, Const<18586>, Const<18587>, Const<18588>, Const<18589>, Const<18590>, Const<18591>),
        (Const<18592>, Const<18593>, Const<18594>, Const<18595>, Const<18596>, Const<18597>, Const<18598>, Const<18599>, Const<18600>, Const<18601>, Const<18602>, Const<18603>, Const<18604>, Const<18605>, Const<18606>, Const<18607>),
        (Const<18608>, Const<18609>, Const<18610>, Const<18611>, Const<18612>, Const<18613>, Const<18614>, Const<18615>, Const<18616>, Const<18617>, Const<18618>, Const<18619>, Const<18620>, Const<18621>, Const<18622>, Const<18623>),
        (Const<18624>, Const<18625>, Const<18626>, Const<18627>, Const<18628>, Const<18629>, Const<18630>, Const<18631>, Const<18632>, Const<18633>, Const<18634>, Const<18635>, Const<18636>, Const<18637>, Const<18638>, Const<18639>),
        (Const<18640>, Const<18641>, Const<18642>, Const<18643>, Const<18644>, Const<18645>, Const<18646>, Const<18647>, Const<18648>, Const<18649>, Const<18650>, Const<18651>, Const<18652>, Const<18653>, Const<18654>, Const<18655>),
        (Const<18656>, Const<18657>, Const<18658>, Const<18659>, Const<18660>, Const<18661>, Const<18662>, Const<18663>, Const<18664>, Const<18665>, Const<18666>, Const<18667>, Const<18668>, Const<18669>, Const<18670>, Const<18671>),
        (Const<18672>, Const<18673>, Const<18674>, Const<18675>, Const<18676>, Const<18677>, Const<18678>, Const<18679>, Const<18680>, Const<18681>, Const<18682>, Const<18683>, Const<18684>, Const<18685>, Const<18686>, Const<18687>),
    );
}

impl Row for typenum::consts::U73 {
    type Cols = (
        (Const<18688>, Const<18689>, Const<18690>, Const<18691>, Const<18692>, Const<18693>, Const<18694>, Const<18695>, Const<18696>, Const<18697>, Const<18698>, Const<18699>, Const<18700>, Const<18701>, Const<18702>, Const<18703>),
        (Const<18704>, Const<18705>, Const<18706>, Const<18707>, Const<18708>, Const<18709>, Const<18710>, Const<18711>, Const<18712>, Const<18713>, Const<18714>, Const<18715>, Const<18716>, Const<18717>, Const<18718>, Const<18719>),
        (Const<18720>, Const<18721>, Const<18722>, Const<18723>, Const<18724>, Const<18725>, Const<18726>, Const<18727>, Const<18728>, Const<18729>, Const<18730>, Const<18731>, Const<18732>, Const<18733>, Const<18734>, Const<18735>),
        (Const<18736>, Const<18737>, Const<18738>, Const<18739>, Const<18740>, Const<18741>, Const<18742>, Const<18743>, Const<18744>, Const<18745>, Const<18746>, Const<18747>, Const<18748>, Const<18749>, Const<18750>, Const<18751>),
        (Const<18752>, Const<18753>, Const<18754>, Const<18755>, Const<18756>, Const<18757>, Const<18758>, Const<18759>, Const<18760>, Const<18761>, Const<18762>, Const<18763>, Const<18764>, Const<18765>, Const<18766>, Const<18767>),
        (Const<18768>, Const<18769>, Const<18770>, Const<18771>, Const<18772>, Const<18773>, Const<18774>, Const<18775>, Const<18776>, Const<18777>, Const<18778>, Const<18779>, Const<18780>, Const<18781>, Const<18782>, Const<18783>),
        (Const<18784>, Const<18785>, Const<18786>, Const<18787>, Const<18788>, Const<18789>, Const<18790>, Const<18791>, Const<18792>, Const<18793>, Const<18794>, Const<18795>, Const<18796>, Const<18797>, Const<18798>, Const<18799>),
        (Const<18800>, Const<18801>, Const<18802>, Const<18803>, Const<18804>, Const<18805>, Const<18806>, Const<18807>, Const<18808>, Const<18809>, Const<18810>, Const<18811>, Const<18812>, Const<18813>, Const<18814>, Const<18815>),
        (Const<18816>, Const<18817>, Const<18818>, Const<18819>, Const<18820>, Const<18821>, Const<18822>, Const<18823>, Const<18824>, Const<18825>, Const<18826>, Const<18827>, Const<18828>, Const<18829>, Const<18830>, Const<18831>),
        (Const<18832>, Const<18833>, Const<18834>, Const<18835>, Const<18836>, Const<18837>, Const<18838>, Const<18839>, Const<18840>, Const<18841>, Const<18842>, Const<18843>, Const<18844>, Const<18845>, Const<18846>, Const<18847>),
        (Const<18848>, Const<18849>, Const<18850>, Const<18851>, Const<18852>, Const<18853>, Const<18854>, Const<18855>, Const<18856>, Const<18857>, Const<18858>, Const<18859>, Const<18860>, Const<18861>, Const<18862>, Const<18863>),
        (Const<18864>, Const<18865>, Const<18866>, Const<18867>, Const<18868>, Const<18869>, Const<18870>, Const<18871>, Const<18872>, Const<18873>, Const<18874>, Const<18875>, Const<18876>, Const<18877>, Const<18878>, Const<18879>),
        (Const<18880>, Const<18881>, Const<18882>, Const<18883>, Const<18884>, Const<18885>, Const<18886>, Const<18887>, Const<18888>, Const<18889>, Const<18890>, Const<18891>, Const<18892>, Const<18893>, Const<18894>, Const<18895>),
        (Const<18896>, Const<18897>, Const<18898>, Const<18899>, Const<18900>, Const<18901>, Const<18902>, Const<18903>, Const<18904>, Const<18905>, Const<18906>, Const<18907>, Const<18908>, Const<18909>, Const<18910>, Const<18911>),
        (Const<18912>, Const<18913>, Const<18914>, Const<18915>, Const<18916>, Const<18917>, Const<18918>, Const<18919>, Const<18920>, Const<18921>, Const<18922>, Const<18923>, Const<18924>, Const<18925>, Const<18926>, Const<18927>),
        (Const<18928>, Const<18929>, Const<18930>, Const<18931>, Const<18932>, Const<18933>, Const<18934>, Const<18935>, Const<18936>, Const<18937>, Const<18938>, Const<18939>, Const<18940>, Const<18941>, Const<18942>, Const<18943>),
    );
}

impl Row for typenum::consts::U74 {
    type Cols = (
        (Const<18944>, Const<18945>, Const<18946>, Const<18947>, Const<18948>, Const<18949>, Const<18950>, Const<18951>, Const<18952>, Const<18953>, Const<18954>, Const<18955>, Const<18956>, Const<18957>, Const<18958>, Const<18959>),
        (Const<18960>, Const<18961>, Const<18962>, Const<18963>, Const<18964>, Const<18965>, Const<18966>, Const<18967>, Const<18968>, Const<18969>, Const<18970>, Const<18971>, Const<18972>, Const<18973>, Const<18974>, Const<18975>),
        (Const<18976>, Const<18977>, Const<18978>, Const<18979>, Const<18980>, Const<18981>, Const<18982>, Const<18983>, Const<18984>, Const<18985>, Const<18986>, Const<18987>, Const<18988>, Const<18989>, Const<18990>, Const<18991>),
        (Const<18992>, Const<18993>, Const<18994>, Const<18995>, Const<18996>, Const<18997>, Const<18998>, Const<18999>, Const<19000>, Const<19001>, Const<19002>, Const<19003>, Const<19004>, Const<19005>, Const<19006>, Const<19007>),
        (Const<19008>, Const<19009>, Const<19010>, Const<19011>, Const<19012>, Const<19013>, Const<19014>, Const<19015>, Const<19016>, Const<19017>, Const<19018>, Const<19019>, Const<19020>, Const<19021>, Const<19022>, Const<19023>),
        (Const<19024>, Const<19025>, Const<19026>, Const<19027>, Const<19028>, Const<19029>, Const<19030>, Const<19031>, Const<19032>, Const<19033>, Const<19034>, Const<19035>, Const<19036>, Const<19037>, Const<19038>, Const<19039>),
        (Const<19040>, Const<19041>, Const<19042>, Const<19043>, Const<19044>, Const<19045>, Const<19046>, Const<19047>, Const<19048>, Const<19049>, Const<19050>, Const<19051>, Const<19052>, Const<19053>, Const<19054>, Const<19055>),
        (Const<19056>, Const<19057>, Const<19058>, Const<19059>, Const<19060>, Const<19061>, Const<19062>, Const<19063>, Const<19064>, Const<19065>, Const<19066>, Const<19067>, Const<19068>, Const<19069>, Const<19070>, Const<19071>),
        (Const<19072>, Const<19073>, Const<19074>, Const<19075>, Const<19076>, Const<19077>, Const<19078>, Const<19079>, Const<19080>, Const<19081>, Const<19082>, Const<19083>, Const<19084>, Const<19085>, Const<19086>, Const<19087>),
        (Const<19088>, Const<19089>, Const<19090>, Const<19091>, Const<19092>, Const<19093>, Const<19094>, Const<19095>, Const<19096>, Const<19097>, Const<19098>, Const<19099>, Const<19100>, Const<19101>, Const<19102>, Const<19103>),
        (Const<19104>, Const<19105>, Const<19106>, Const<19107>, Const<19108>, Const<19109>, Const<19110>, Const<19111>, Const<19112>, Const<19113>, Const<19114>, Const<19115>, Const<19116>, Const<19117>, Const<19118>, Const<19119>),
        (Const<19120>, Const<19121>, Const<19122>, Const<19123>, Const<19124>, Const<19125>, Const<19126>, Const<19127>, Const<19128>, Const<19129>, Const<19130>, Const<19131>, Const<19132>, Const<19133>, Const<19134>, Const<19135>),
        (Const<19136>, Const<19137>, Const<19138>, Const<19139>, Const<19140>, Const<19141>, Const<19142>, Const<19143>, Const<19144>, Const<19145>, Const<19146>, Const<19147>, Const<19148>, Const<19149>, Const<19150>, Const<19151>),
        (Const<19152>, Const<19153>, Const<19154>, Const<19155>, Const<19156>, Const<19157>, Const<19158>, Const<19159>, Const<19160>, Const<19161>, Const<19162>, Const<19163>, Const<19164>, Const<19165>, Const<19166>, Const<19167>),
        (Const<19168>, Const<19169>, Const<19170>, Const<19171>, Const<19172>, Const<19173>, Const<19174>, Const<19175>, Const<19176>, Const<19177>, Const<19178>, Const<19179>, Const<19180>, Const<19181>, Const<19182>, Const<19183>),
        (Const<19184>, Const<19185>, Const<19186>, Const<19187>, Const<19188>, Const<19189>, Const<19190>, Const<19191>, Const<19192>, Const<19193>, Const<19194>, Const<19195>, Const<19196>, Const<19197>, Const<19198>, Const<19199>),
    );
}

impl Row for typenum::consts::U75 {
    type Cols = (
        (Const<19200>, Const<19201>, Const<19202>, Const<19203>, Const<19204>, Const<19205>, Const<19206>, Const<19207>, Const<19208>, Const<19209>, Const<19210>, Const<19211>, Const<19212>, Const<19213>, Const<19214>, Const<19215>),
        (Const<19216>, Const<19217>, Const<19218>, Const<19219>, Const<19220>, Const<19221>, Const<19222>, Const<19223>, Const<19224>, Const<19225>, Const<19226>, Const<19227>, Const<19228>, Const<19229>, Const<19230>, Const<19231>),
        (Const<19232>, Const<19233>, Const<19234>, Const<19235>, Const<19236>, Const<19237>, Const<19238>, Const<19239>, Const<19240>, Const<19241>, Const<19242>, Const<19243>, Const<19244>, Const<19245>, Const<19246>, Const<19247>),
        (Const<19248>, Const<19249>, Const<19250>, Const<19251>, Const<19252>, Const<19253>, Const<19254>, Const<19255>, Const<19256>, Const<19257>, Const<19258>, Const<19259>, Const<19260>, Const<19261>, Const<19262>, Const<19263>),
        (Const<19264>, Const<19265>, Const<19266>, Const<19267>, Const<19268>, Const<19269>, Const<19270>, Const<19271>, Const<19272>, Const<19273>, Const<19274>, Const<19275>, Const<19276>, Const<19277>, Const<19278>, Const<19279>),
        (Const<19280>, Const<19281>, Const<19282>, Const<19283>, Const<19284>, Const<19285>, Const<19286>, Const<19287>, Const<19288>, Const<19289>, Const<19290>, Const<19291>, Const<19292>, Const<19293>, Const<19294>, Const<19295>),
        (Const<19296>, Const<19297>, Const<19298>, Const<19299>, Const<19300>, Const<19301>, Const<19302>, Const<19303>, Const<19304>, Const<19305>, Const<19306>, Const<19307>, Const<19308>, Const<19309>, Const<19310>, Const<19311>),
        (Const<19312>, Const<19313>, Const<19314>, Const<19315>, Const<19316>, Const<19317>, Const<19318>, Const<19319>, Const<19320>, Const<19321>, Const<19322>, Const<19323>, Const<19324>, Const<19325>, Const<19326>, Const<19327>),
        (Const<19328>, Const<19329>, Const<19330>, Const<19331>, Const<19332>, Const<19333>, Const<19334>, Const<19335>, Const<19336>, Const<19337>, Const<19338>, Const<19339>, Const<19340>, Const<19341>, Const<19342>, Const<19343>),
        (Const<19344>, Const<19345>, Const<19346>, Const<19347>, Const<19348>, Const<19349>, Const<19350>, Const<19351>, Const<19352>, Const<19353>, Const<19354>, Const<19355>, Const<19356>, Const<19357>, Const<19358>, Const<19359>),
        (Const<19360>, Const<19361>, Const<19362>, Const<19363>, Const<19364>, Const<19365>, Const<19366>, Const<19367>, Const<19368>, Const<19369>, Const<19370>, Const<19371>, Const<19372>, Const<19373>, Const<19374>, Const<19375>),
        (Const<19376>, Const<19377>, Const<19378>, Const<19379>, Const<19380>, Const<19381>, Const<19382>, Const<19383>, Const<19384>, Const<19385>, Const<19386>, Const<19387>, Const<19388>, Const<19389>, Const<19390>, Const<19391>),
        (Const<19392>, Const<19393>, Const<19394>, Const<19395>, Const<19396>, Const<19397>, Const<19398>, Const<19399>, Const<19400>, Const<19401>, Const<19402>, Const<19403>, Const<19404>, Const<19405>, Const<19406>, Const<19407>),
        (Const<19408>, Const<19409>, Const<19410>, Const<19411>, Const<19412>, Const<19413>, Const<19414>, Const<19415>, Const<19416>, Const<19417>, Const<19418>, Const<19419>, Const<19420>, Const<19421>, Const<19422>, Const<19423>),
        (Const<19424>, Const<19425>, Const<19426>, Const<19427>, Const<19428>, Const<19429>, Const<19430>, Const<19431>, Const<19432>, Const<19433>, Const<19434>, Const<19435>, Const<19436>, Const<19437>, Const<19438>, Const<19439>),
        (Const<19440>, Const<19441>, Const<19442>, Const<19443>, Const<19444>, Const<19445>, Const<19446>, Const<19447>, Const<19448>, Const<19449>, Const<19450>, Const<19451>, Const<19452>, Const<19453>, Const<19454>, Const<19455>),
    );
}

impl Row for typenum::consts::U76 {
    type Cols = (
        (Const<19456>, Const<19457>, Const<19458>, Const<19459>, Const<19460>, Const<19461>, Const<19462>, Const<19463>, Const<19464>, Const<19465>, Const<19466>, Const<19467>, Const<19468>, Const<19469>, Const<19470>, Const<19471>),
        (Const<19472>, Const<19473>, Const<19474>, Const<19475>, Const<19476>, Const<19477>, Const<19478>, Const<19479>, Const<19480>, Const<19481>, Const<19482>, Const<19483>, Const<19484>, Const<19485>, Const<19486>, Const<19487>),
        (Const<19488>, Const<19489>, Const<19490>, Const<19491>, Const<19492>, Const<19493>, Const<19494>, Const<19495>, Const<19496>, Const<19497>, Const<19498>, Const<19499>, Const<19500>, Const<19501>, Const<19502>, Const<19503>),
        (Const<19504>, Const<19505>, Const<19506>, Const<19507>, Const<19508>, Const<19509>, Const<19510>, Const<19511>, Const<19512>, Const<19513>, Const<19514>, Const<19515>, Const<19516>, Const<19517>, Const<19518>, Const<19519>),
        (Const<19520>, Const<19521>, Const<19522>, Const<19523>, Const<19524>, Const<19525>, Const<19526>, Const<19527>, Const<19528>, Const<19529>, Const<19530>, Const<19531>, Const<19532>, Const<19533>, Const<19534>, Const<19535>),
        (Const<19536>, Const<19537>, Const<19538>, Const<19539>, Const<19540>, Const<19541>, Const<19542>, Const<19543>, Const<19544>, Const<19545>, Const<19546>, Const<19547>, Const<19548>, Const<19549>, Const<19550>, Const<19551>),
        (Const<19552>, Const<19553>, Const<19554>, Const<19555>, Const<19556>, Const<19557>, Const<19558>, Const<19559>, Const<19560>, Const<19561>, Const<19562>, Const<19563>, Const<19564>, Const<19565>, Const<19566>, Const<19567>),
        (Const<19568>, Const<19569>, Const<19570>, Const<19571>, Const<19572>, Const<19573>, Const<19574>, Const<19575>, Const<19576>, Const<19577>, Const<19578>, Const<19579>, Const<19580>, Const<19581>, Const<19582>, Const<19583>),
        (Const<19584>, Const<19585>, Const<19586>, Const<19587>, Const<19588>, Const<19589>, Const<19590>, Const<19591>, Const<19592>, Const<19593>, Const<19594>, Const<19595>, Const<19596>, Const<19597>, Const<19598>, Const<19599>),
        (Const<19600>, Const<19601>, Const<19602>, Const<19603>, Const<19604>, Const<19605>, Const<19606>, Const<19607>, Const<19608>, Const<19609>, Const<19610>, Const<19611>, Const<19612>, Const<19613>, Const<19614>, Const<19615>),
        (Const<19616>, Const<19617>, Const<19618>, Const<19619>, Const<19620>, Const<19621>, Const<19622>, Const<19623>, Const<19624>, Const<19625>, Const<19626>, Const<19627>, Const<19628>, Const<19629>, Const<19630>, Const<19631>),
        (Const<19632>, Const<19633>, Const<19634>, Const<19635>, Const<19636>, Const<19637>, Const<19638>, Const<19639>, Const<19640>, Const<19641>, Const<19642>, Const<19643>, Const<19644>, Const<19645>, Const<19646>, Const<19647>),
        (Const<19648>, Const<19649>, Const<19650>, Const<19651>, Const<19652>, Const<19653>, Const<19654>, Const<19655>, Const<19656>, Const<19657>, Const<19658>, Const<19659>, Const<19660>, Const<19661>, Const<19662>, Const<19663>),
        (Const<19664>, Const<19665>, Const<19666>, Const<19667>, Const<19668>, Const<19669>, Const<19670>, Const<19671>, Const<19672>, Const<19673>, Const<19674>, Const<19675>, Const<19676>, Const<19677>, Const<19678>, Const<19679>),
        (Const<19680>, Const<19681>, Const<19682>, Const<19683>, Const<19684>, Const<19685>, Const<19686>, Const<19687>, Const<19688>, Const<19689>, Const<19690>, Const<19691>, Const<19692>, Const<19693>, Const<19694>, Const<19695>),
        (Const<19696>, Const<19697>, Const<19698>, Const<19699>, Const<19700>, Const<19701>, Const<19702>, Const<19703>, Const<19704>, Const<19705>, Const<19706>, Const<19707>, Const<19708>, Const<19709>, Const<19710>, Const<19711>),
    );
}

impl Row for typenum::consts::U77 {
    type Cols = (
        (Const<19712>, Const<19713>, Const<19714>, Const<19715>, Const<19716>, Const<19717>, Const<19718>, Const<19719>, Const<19720>, Const<19721>, Const<19722>, Const<19723>, Const<19724>, Const<19725>, Const<19726>, Const<19727>),
        (Const<19728>, Const<19729>, Const<19730>, Const<19731>, Const<19732>, Const<19733>, Const<19734>, Const<19735>, Const<19736>, Const<19737>, Const<19738>, Const<19739>, Const<19740>, Const<19741>, Const<19742>, Const<19743>),
        (Const<19744>, Const<19745>, Const<19746>, Const<19747>, Const<19748>, Const<19749>, Const<19750>, Const<19751>, Const<19752>, Const<19753>, Const<19754>, Const<19755>, Const<19756>, Const<19757>, Const<19758>, Const<19759>),
        (Const<19760>, Const<19761>, Const<19762>, Const<19763>, Const<19764>, Const<19765>, Const<19766>, Const<19767>, Const<19768>, Const<19769>, Const<19770>, Const<19771>, Const<19772>, Const<19773>, Const<19774>, Const<19775>),
        (Const<19776>, Const<19777>, Const<19778>, Const<19779>, Const<19780>, Const<19781>, Const<19782>, Const<19783>, Const<19784>, Const<19785>, Const<19786>, Const<19787>, Const<19788>, Const<19789>, Const<19790>, Const<19791>),
        (Const<19792>, Const<19793>, Const<19794>, Const<19795>, Const<19796>, Const<19797>, Const<19798>, Const<19799>, Const<19800>, Const<19801>, Const<19802>, Const<19803>, Const<19804>, Const<19805>, Const<19806>, Const<19807>),
        (Const<19808>, Const<19809>, Const<19810>, Const<19811>, Const<19812>, Const<19813>, Const<19814>, Const<19815>, Const<19816>, Const<19817>, Const<19818>, Const<19819>, Const<19820>, Const<19821>, Const<19822>, Const<19823>),
        (Const<19824>, Const<19825>, Const<19826>, Const<19827>, Const<19828>, Const<19829>, Const<19830>, Const<19831>, Const<19832>, Const<19833>, Const<19834>, Const<19835>, Const<19836>, Const<19837>, Const<19838>, Const<19839>),
        (Const<19840>, Const<19841>, Const<19842>, Const<19843>, Const<19844>, Const<19845>, Const<19846>, Const<19847>, Const<19848>, Const<19849>, Const<19850>, Const<19851>, Const<19852>, Const<19853>, Const<19854>, Const<19855>),
        (Const<19856>, Const<19857>, Const<19858>, Const<19859>, Const<19860>, Const<19861>, Const<19862>, Const<19863>, Const<19864>, Const<19865>, Const<19866>, Const<19867>, Const<19868>, Const<19869>, Const<19870>, Const<19871>),
        (Const<19872>, Const<19873>, Const<19874>, Const<19875>, Const<19876>, Const<19877>, Const<19878>, Const<19879>, Const<19880>, Const<19881>, Const<19882>, Const<19883>, Const<19884>, Const<19885>, Const<19886>, Const<19887>),
        (Const<19888>, Const<19889>, Const<19890>, Const<19891>, Const<19892>, Const<19893>, Const<19894>, Const<19895>, Const<19896>, Const<19897>, Const<19898>, Const<19899>, Const<19900>, Const<19901>, Const<19902>, Const<19903>),
        (Const<19904>, Const<19905>, Const<19906>, Const<19907>, Const<19908>, Const<19909>, Const<19910>, Const<19911>, Const<19912>, Const<19913>, Const<19914>, Const<19915>, Const<19916>, Const<19917>, Const<19918>, Const<19919>),
        (Const<19920>, Const<19921>, Const<19922>, Const<19923>, Const<19924>, Const<19925>, Const<19926>, Const<19927>, Const<19928>, Const<19929>, Const<19930>, Const<19931>, Const<19932>, Const<19933>, Const<19934>, Const<19935>),
        (Const<19936>, Const<19937>, Const<19938>, Const<19939>, Const<19940>, Const<19941>, Const<19942>, Const<19943>, Const<19944>, Const<19945>, Const<19946>, Const<19947>, Const<19948>, Const<19949>, Const<19950>, Const<19951>),
        (Const<19952>, Const<19953>, Const<19954>, Const<19955>, Const<19956>, Const<19957>, Const<19958>, Const<19959>, Const<19960>, Const<19961>, Const<19962>, Const<19963>, Const<19964>, Const<19965>, Const<19966>, Const<19967>),
    );
}

impl Row for typenum::consts::U78 {
    type Cols = (
        (Const<19968>, Const<19969>, Const<19970>, Const<19971>, Const<19972>, Const<19973>, Const<19974>, Const<19975>, Const<19976>, Const<19977>, Const<19978>, Const<19979>, Const<19980>, Const<19981>, Const<19982>, Const<19983>),
        (Const<19984>, Const<19985>, Const<19986>, Const<19987>, Const<19988>, Const<19989>, Const<19990>, Const<19991>, Const<19992>, Const<19993>, Const<19994>, Const<19995>, Const<19996>, Const<19997>, Const<19998>, Const<19999>),
        (Const<20000>, Const<20001>, Const<20002>, Const<20003>, Const<20004>, Const<20005>, Const<20006>, Const<20007>, Const<20008>, Const<20009>, Const<20010>, Const<20011>, Const<20012>, Const<20013>, Const<20014>, Const<20015>),
        (Const<20016>, Const<20017>, Const<20018>, Const<20019>, Const<20020>, Const<20021>, Const<20022>, Const<20023>, Const<20024>, Const<20025>, Const<20026>, Const<20027>, Const<20028>, Const<20029>, Const<20030>, Const<20031>),
        (Const<20032>, Const<20033>, Const<20034>, Const<20035>, Const<20036>, Const<20037>, Const<20038>, Const<20039>, Const<20040>, Const<20041>, Const<20042>, Const<20043>, Const<20044>, Const<20045>, Const<20046>, Const<20047>),
        (Const<20048>, Const<20049>, Const<20050>, Const<20051>, Const<20052>, Const<20053>, Const<20054>, Const<20055>, Const<20056>, Const<20057>, Const<20058>, Const<20059>, Const<20060>, Const<20061>, Const<20062>, Const<20063>),
        (Const<20064>, Const<20065>, Const<20066>, Const<20067>, Const<20068>, Const<20069>, Const<20070>, Const<20071>, Const<20072>, Const<20073>, Const<20074>, Const<20075>, Const<20076>, Const<20077>, Const<20078>, Const<20079>),
        (Const<20080>, Const<20081>, Const<20082>, Const<20083>, Const<20084>, Const<20085>, Const<20086>, Const<20087>, Const<20088>, Const<20089>, Const<20090>, Const<20091>, Const<20092>, Const<20093>, Const<20094>, Const<20095>),
        (Const<20096>, Const<20097>, Const<20098>, Const<20099>, Const<20100>, Const<20101>, Const<20102>, Const<20103>, Const<20104>, Const<20105>, Const<20106>, Const<20107>, Const<20108>, Const<20109>, Const<20110>, Const<20111>),
        (Const<20112>, Const<20113>, Const<20114>, Const<20115>, Const<20116>, Const<20117>, Const<20118>, Const<20119>, Const<20120>, Const<20121>, Const<20122>, Const<20123>, Const<20124>, Const<20125>, Const<20126>, Const<20127>),
        (Const<20128>, Const<20129>, Const<20130>, Const<20131>, Const<20132>, Const<20133>, Const<20134>, Const<20135>, Const<20136>, Const<20137>, Const<20138>, Const<20139>, Const<20140>, Const<20141>, Const<20142>, Const<20143>),
        (Const<20144>, Const<20145>, Const<20146>, Const<20147>, Const<20148>, Const<20149>, Const<20150>, Const<20151>, Const<20152>, Const<20153>, Const<20154>, Const<20155>, Const<20156>, Const<20157>, Const<20158>, Const<20159>),
        (Const<20160>, Const<20161>, Const<20162>, Const<20163>, Const<20164>, Const<20165>, Const<20166>, Const<20167>, Const<20168>, Const<20169>, Const<20170>, Const<20171>, Const<20172>, Const<20173>, Const<20174>, Const<20175>),
        (Const<20176>, Const<20177>, Const<20178>, Const<20179>, Const<20180>, Const<20181>, Const<20182>, Const<20183>, Const<20184>, Const<20185>, Const<20186>, Const<20187>, Const<20188>, Const<20189>, Const<20190>, Const<20191>),
        (Const<20192>, Const<20193>, Const<20194>, Const<20195>, Const<20196>, Const<20197>, Const<20198>, Const<20199>, Const<20200>, Const<20201>, Const<20202>, Const<20203>, Const<20204>, Const<20205>, Const<20206>, Const<20207>),
        (Const<20208>, Const<20209>, Const<20210>, Const<20211>, Const<20212>, Const<20213>, Const<20214>, Const<20215>, Const<20216>, Const<20217>, Const<20218>, Const<20219>, Const<20220>, Const<20221>, Const<20222>, Const<20223>),
    );
}

impl Row for typenum::consts::U79 {
    type Cols = (
        (Const<20224>, Const<20225>, Const<20226>, Const<20227>, Const<20228>, Const<20229>, Const<20230>, Const<20231>, Const<20232>, Const<20233>, Const<20234>, Const<20235>, Const<20236>, Const<20237>, Const<20238>, Const<20239>),
        (Const<20240>, Const<20241>, Const<20242>, Const<20243>, Const<20244>, Const<20245>, Const<20246>, Const<20247>, Const<20248>, Const<20249>, Const<20250>, Const<20251>, Const<20252>, Const<20253>, Const<20254>, Const<20255>),
        (Const<20256>, Const<20257>, Const<20258>, Const<20259>, Const<20260>, Const<20261>, Const<20262>, Const<20263>, Const<20264>, Const<20265>, Const<20266>, Const<20267>, Const<20268>, Const<20269>, Const<20270>, Const<20271>),
        (Const<20272>, Const<20273>, Const<20274>, Const<20275>, Const<20276>, Const<20277>, Const<20278>, Const<20279>, Const<20280>, Const<20281>, Const<20282>, Const<20283>, Const<20284>, Const<20285>, Const<20286>, Const<20287>),
        (Const<20288>, Const<20289>, Const<20290>, Const<20291>, Const<20292>, Const<20293>, Const<20294>, Const<20295>, Const<20296>, Const<20297>, Const<20298>, Const<20299>, Const<20300>, Const<20301>, Const<20302>, Const<20303>),
        (Const<20304>, Const<20305>, Const<20306>, Const<20307>, Const<20308>, Const<20309>, Const<20310>, Const<20311>, Const<20312>, Const<20313>, Const<20314>, Const<20315>, Const<20316>, Const<20317>, Const<20318>, Const<20319>),
        (Const<20320>, Const<20321>, Const<20322>, Const<20323>, Const<20324>, Const<20325>, Const<20326>, Const<20327>, Const<20328>, Const<20329>, Const<20330>, Const<20331>, Const<20332>, Const<20333>, Const<20334>, Const<20335>),
        (Const<20336>, Const<20337>, Const<20338>, Const<20339>, Const<20340>, Const<20341>, Const<20342>, Const<20343>, Const<20344>, Const<20345>, Const<20346>, Const<20347>, Const<20348>, Const<20349>, Const<20350>, Const<20351>),
        (Const<20352>, Const<20353>, Const<20354>, Const<20355>, Const<20356>, Const<20357>, Const<20358>, Const<20359>, Const<20360>, Const<20361>, Const<20362>, Const<20363>, Const<20364>, Const<20365>, Const<20366>, Const<20367>),
        (Const<20368>, Const<20369>, Const<20370>, Const<20371>, Const<20372>, Const<20373>, Const<20374>, Const<20375>, Const<20376>, Const<20377>, Const<20378>, Const<20379>, Const<20380>, Const<20381>, Const<20382>, Const<20383>),
        (Const<20384>, Const<20385>, Const<20386>, Const<20387>, Const<20388>, Const<20389>, Const<20390>, Const<20391>, Const<20392>, Const<20393>, Const<20394>, Const<20395>, Const<20396>, Const<20397>, Const<20398>, Const<20399>),
        (Const<20400>, Const<20401>, Const<20402>, Const<20403>, Const<20404>, Const<20405>, Const<20406>, Const<20407>, Const<20408>, Const<20409>, Const<20410>, Const<20411>, Const<20412>, Const<20413>, Const<20414>, Const<20415>),
        (Const<20416>, Const<20417>, Const<20418>, Const<20419>, Const<20420>, Const<20421>, Const<20422>, Const<20423>, Const<20424>, Const<20425>, Const<20426>, Const<20427>, Const<20428>, Const<20429>, Const<20430>, Const<20431>),
        (Const<20432>, Const<20433>, Const<20434>, Const<20435>, Const<20436>, Const<20437>, Const<20438>, Const<20439>, Const<20440>, Const<20441>, Const<20442>, Const<20443>, Const<20444>, Const<20445>, Const<20446>, Const<20447>),
        (Const<20448>, Const<20449>, Const<20450>, Const<20451>, Const<20452>, Const<20453>, Const<20454>, Const<20455>, Const<20456>, Const<20457>, Const<20458>, Const<20459>, Const<20460>, Const<20461>, Const<20462>, Const<20463>),
        (Const<20464>, Const<20465>, Const<20466>, Const<20467>, Const<20468>, Const<20469>, Const<20470>, Const<20471>, Const<20472>, Const<20473>, Const<20474>, Const<20475>, Const<20476>, Const<20477>, Const<20478>, Const<20479>),
    );
}

impl Row for typenum::consts::U80 {
    type Cols = (
        (Const<20480>, Const<20481>, Const<20482>, Const<20483>, Const<20484>, Const<20485>, Const<20486>, Const<20487>, Const<20488>, Const<20489>, Const<20490>, Const<20491>, Const<20492>, Const<20493>, Const<20494>, Const<20495>),
        (Const<20496>, Const<20497>, Const<20498>, Const<20499>, Const<20500>, Const<20501>, Const<20502>, Const<20503>, Const<20504>, Const<20505>, Const<20506>, Const<20507>, Const<20508>, Const<20509>, Const<20510>, Const<20511>),
        (Const<20512>, Const<20513>, Const<20514>, Const<20515>, Const<20516>, Const<20517>, Const<20518>, Const<20519>, Const<20520>, Const<20521>, Const<20522>, Const<20523>, Const<20524>, Const<20525>, Const<20526>, Const<20527>),
        (Const<20528>, Const<20529>, Const<20530>, Const<20531>, Const<20532>, Const<20533>, Const<20534>, Const<20535>, Const<20536>, Const<20537>, Const<20538>, Const<20539>, Const<20540>, Const<20541>, Const<20542>, Const<20543>),
        (Const<20544>, Const<20545>, Const<20546>, Const<20547>, Const<20548>, Const<20549>, Const<20550>, Const<20551>, Const<20552>, Const<20553>, Const<20554>, Const<20555>, Const<20556>, Const<20557>, Const<20558>, Const<20559>),
        (Const<20560>, Const<20561>, Const<20562>, Const<20563>, Const<20564>, Const<20565>, Const<20566>, Const<20567>, Const<20568>, Const<20569>, Const<20570>, Const<20571>, Const<20572>, Const<20573>, Const<20574>, Const<20575>),
        (Const<20576>, Const<20577>, Const<20578>, Const<20579>, Const<20580>, Const<20581>, Const<20582>, Const<20583>, Const<20584>, Const<20585>, Const<20586>, Const<20587>, Const<20588>, Const<20589>, Const<20590>, Const<20591>),
        (Const<20592>, Const<20593>, Const<20594>, Const<20595>, Const<20596>, Const<20597>, Const<20598>, Const<20599>, Const<20600>, Const<20601>, Const<20602>, Const<20603>, Const<20604>, Const<20605>, Const<20606>, Const<20607>),
        (Const<20608>, Const<20609>, Const<20610>, Const<20611>, Const<20612>, Const<20613>, Const<20614>, Const<20615>, Const<20616>, Const<20617>, Const<20618>, Const<20619>, Const<20620>, Const<20621>, Const<20622>, Const<20623>),
        (Const<20624>, Const<20625>, Const<20626>, Const<20627>, Const<20628>, Const<20629>, Const<20630>, Const<20631>, Const<20632>, Const<20633>, Const<20634>, Const<20635>, Const<20636>, Const<20637>, Const<20638>, Const<20639>),
        (Const<20640>, Const<20641>, Const<20642>, Const<20643>, Const<20644>, Const<20645>, Const<20646>, Const<20647>, Const<20648>, Const<20649>, Const<20650>, Const<20651>, Const<20652>, Const<20653>, Const<20654>, Const<20655>),
        (Const<20656>, Const<20657>, Const<20658>, Const<20659>, Const<20660>, Const<20661>, Const<20662>, Const<20663>, Const<20664>, Const<20665>, Const<20666>, Const<20667>, Const<20668>, Const<20669>, Const<20670>, Const<20671>),
        (Const<20672>, Const<20673>, Const<20674>, Const<20675>, Const<20676>, Const<20677>, Const<20678>, Const<20679>, Const<20680>, Const<20681>, Const<20682>, Const<20683>, Const<20684>, Const<20685>, Const<20686>, Const<20687>),
        (Const<20688>, Const<20689>, Const<20690>, Const<20691>, Const<20692>, Const<20693>, Const<20694>, Const<20695>, Const<20696>, Const<20697>, Const<20698>, Const<20699>, Const<20700>, Const<20701>, Const<20702>, Const<20703>),
        (Const<20704>, Const<20705>, Const<20706>, Const<20707>, Const<20708>, Const<20709>, Const<20710>, Const<20711>, Const<20712>, Const<20713>, Const<20714>, Const<20715>, Const<20716>, Const<20717>, Const<20718>, Const<20719>),
        (Const<20720>, Const<20721>, Const<20722>, Const<20723>, Const<20724>, Const<20725>, Const<20726>, Const<20727>, Const<20728>, Const<20729>, Const<20730>, Const<20731>, Const<20732>, Const<20733>, Const<20734>, Const<20735>),
    );
}

impl Row for typenum::consts::U81 {
    type Cols = (
        (Const<20736>, Const<20737>, Const<20738>, Const<20739>, Const<20740>, Const<20741>, Const<20742>, Const<20743>, Const<20744>, Const<20745>, Const<20746>, Const<20747>, Const<20748>, Const<20749>, Const<20750>, Const<20751>),
        (Const<20752>, Const<20753>, Const<20754>, Const<20755>, Const<20756>, Const<20757>, Const<20758>, Const<20759>, Const<20760>, Const<20761>, Const<20762>, Const<20763>, Const<20764>, Const<20765>, Const<20766>, Const<20767>),
        (Const<20768>, Const<20769>, Const<20770>, Const<20771>, Const<20772>, Const<20773>, Const<20774>, Const<20775>, Const<20776>, Const<20777>, Const<20778>, Const<20779>, Const<20780>, Const<20781>, Const<20782>, Const<20783>),
        (Const<20784>, Const<20785>, Const<20786>, Const<20787>, Const<20788>, Const<20789>, Const<20790>, Const<20791>, Const<20792>, Const<20793>, Const<20794>, Const<20795>, Const<20796>, Const<20797>, Const<20798>, Const<20799>),
        (Const<20800>, Const<20801>, Const<20802>, Const<20803>, Const<20804>, Const<20805>, Const<20806>, Const<20807>, Const<20808>, Const<20809>, Const<20810>, Const<20811>, Const<20812>, Const<20813>, Const<20814>, Const<20815>),
        (Const<20816>, Const<20817>, Const<20818>, Const<20819>, Const<20820>, Const<20821>, Const<20822>, Const<20823>, Const<20824>, Const<20825>, Const<20826>, Const<20827>, Const<20828>, Const<20829>, Const<20830>, Const<20831>),
        (Const<20832>, Const<20833>, Const<20834>, Const<20835>, Const<20836>, Const<20837>, Const<20838>, Const<20839>, Const<20840>, Const<20841>, Const<20842>, Const<20843>, Const<20844>, Const<20845>, Const<20846>, Const<20847>),
        (Const<20848>, Const<20849>, Const<20850>, Const<20851>, Const<20852>, Const<20853>, Const<20854>, Const<20855>, Const<20856>, Const<20857>, Const<20858>, Const<20859>, Const<20860>, Const<20861>, Const<20862>, Const<20863>),
        (Const<20864>, Const<20865>, Const<20866>, Const<20867>, Const<20868>, Const<20869>, Const<20870>, Const<20871>, Const<20872>, Const<20873>, Const<20874>, Const<20875>, Const<20876>, Const<20877>, Const<20878>, Const<20879>),
        (Const<20880>, Const<20881>, Const<20882>, Const<20883>, Const<20884>, Const<20885>, Const<20886>, Const<20887>, Const<20888>, Const<20889>, Const<20890>, Const<20891>, Const<20892>, Const<20893>, Const<20894>, Const<20895>),
        (Const<20896>, Const<20897>, Const<20898>, Const<20899>, Const<20900>, Const<20901>, Const<20902>, Const<20903>, Const<20904>, Const<20905>, Const<20906>, Const<20907>, Const<20908>, Const<20909>, Const<20910>, Const<20911>),
        (Const<20912>, Const<20913>, Const<20914>, Const<20915>, Const<20916>, Const<20917>, Const<20918>, Const<20919>, Const<20920>, Const<20921>, Const<20922>, Const<20923>, Const<20924>, Const<20925>, Const<20926>, Const<20927>),
        (Const<20928>, Const<20929>, Const<20930>, Const<20931>, Const<20932>, Const<20933>, Const<20934>, Const<20935>, Const<20936>, Const<20937>, Const<20938>, Const<20939>, Const<20940>, Const<20941>, Const<20942>, Const<20943>),
        (Const<20944>, Const<20945>, Const<20946>, Const<20947>, Const<20948>, Const<20949>, Const<20950>, Const<20951>, Const<20952>, Const<20953>, Const<20954>, Const<20955>, Const<20956>, Const<20957>, Const<20958>, Const<20959>),
        (Const<20960>, Const<20961>, Const<20962>, Const<20963>, Const<20964>, Const<20965>, Const<20966>, Const<20967>, Const<20968>, Const<20969>, Const<20970>, Const<20971>, Const<20972>, Const<20973>, Const<20974>, Const<20975>),
        (Const<20976>, Const<20977>, Const<20978>, Const<20979>, Const<20980>, Const<20981>, Const<20982>, Const<20983>, Const<20984>, Const<20985>, Const<20986>, Const<20987>, Const<20988>, Const<20989>, Const<20990>, Const<20991>),
    );
}

impl Row for typenum::consts::U82 {
    type Cols = (
        (Const<20992>, Const<20993>, Const<20994>, Const<20995>, Const<20996>, Const<20997>, Const<20998>, Const<20999>, Const<21000>, Const<21001>, Const<21002>, Const<21003>, Const<21004>, Const<21005>, Const<21006>, Const<21007>),
        (Const<21008>, Const<21009>, Const<21010>, Const<21011>, Const<21012>, Const<21013>, Const<21014>, Const<21015>, Const<21016>, Const<21017>, Const<21018>, Const<21019>, Const<21020>, Const<21021>, Const<21022>, Const<21023>),
        (Const<21024>, Const<21025>, Const<21026>, Const<21027>, Const<21028>, Const<21029>, Const<21030>, Const<21031>, Const<21032>, Const<21033>, Const<21034>, Const<21035>, Const<21036>, Const<21037>, Const<21038>, Const<21039>),
        (Const<21040>, Const<21041>, Const<21042>, Const<21043>, Const<21044>, Const<21045>, Const<21046>, Const<21047>, Const<21048>, Const<21049>, Const<21050>, Const<21051>, Const<21052>, Const<21053>, Const<21054>, Const<21055>),
        (Const<21056>, Const<21057>, Const<21058>, Const<21059>, Const<21060>, Const<21061>, Const<21062>, Const<21063>, Const<21064>, Const<21065>, Const<21066>, Const<21067>, Const<21068>, Const<21069>, Const<21070>, Const<21071>),
        (Const<21072>, Const<21073>, Const<21074>, Const<21075>, Const<21076>, Const<21077>, Const<21078>, Const<21079>, Const<21080>, Const<21081>, Const<21082>, Const<21083>, Const<21084>, Const<21085>, Const<21086>, Const<21087>),
        (Const<21088>, Const<21089>, Const<21090>, Const<21091>, Const<21092>, Const<21093>, Const<21094>, Const<21095>, Const<21096>, Const<21097>, Const<21098>, Const<21099>, Const<21100>, Const<21101>, Const<21102>, Const<21103>),
        (Const<21104>, Const<21105>, Const<21106>, Const<21107>, Const<21108>, Const<21109>, Const<21110>, Const<21111>, Const<21112>, Const<21113>, Const<21114>, Const<21115>, Const<21116>, Const<21117>, Const<21118>, Const<21119>),
        (Const<21120>, Const<21121>, Const<21122>, Const<21123>, Const<21124>, Const<21125>, Const<21126>, Const<21127>, Const<21128>, Const<21129>, Const<21130>, Const<21131>, Const<21132>, Const<21133>, Const<21134>, Const<21135>),
        (Const<21136>, Const<21137>, Const<21138>, Const<21139>, Const<21140>, Const<21141>, Const<21142>, Const<21143>, Const<21144>, Const<21145>, Const<21146>, Const<21147>, Const<21148>, Const<21149>, Const<21150>, Const<21151>),
        (Const<21152>, Const<21153>, Const<21154>, Const<21155>, Const<21156>, Const<21157>, Const<21158>, Const<21159>, Const<21160>, Const<21161>, Const<21162>, Const<21163>, Const<21164>, Const<21165>, Const<21166>, Const<21167>),
        (Const<21168>, Const<21169>, Const<21170>, Const<21171>, Const<21172>, Const<21173>, Const<21174>, Const<21175>, Const<21176>, Const<21177>, Const<21178>, Const<21179>, Const<21180>, Const<21181>, Const<21182>, Const<21183>),
        (Const<21184>, Const<21185>, Const<21186>, Const<21187>, Const<21188>, Const<21189>, Const<21190>, Const<21191>, Const<21192>, Const<21193>, Const<21194>, Const<21195>, Const<21196>, Const<21197>, Const<21198>, Const<21199>),
        (Const<21200>, Const<21201>, Const<21202>, Const<21203>, Const<21204>, Const<21205>, Const<21206>, Const<21207>, Const<21208>, Const<21209>, Const<21210>, Const<21211>, Const<21212>, Const<21213>, Const<21214>, Const<21215>),
        (Const<21216>, Const<21217>, Const<21218>, Const<21219>, Const<21220>, Const<21221>, Const<21222>, Const<21223>, Const<21224>, Const<21225>, Const<21226>, Const<21227>, Const<21228>, Const<21229>, Const<21230>, Const<21231>),
        (Const<21232>, Const<21233>, Const<21234>, Const<21235>, Const<21236>, Const<21237>, Const<21238>, Const<21239>, Const<21240>, Const<21241>, Const<21242>, Const<21243>, Const<21244>, Const<21245>, Const<21246>, Const<21247>),
    );
}

impl Row for typenum::consts::U83 {
    type Cols = (
        (Const<21248>, Const<21249>, Const<21250>, Const<21251>, Const<21252>, Const<21253>, Const<21254>, Const<21255>, Const<21256>, Const<21257>, Const<21258>, Const<21259>, Const<21260>, Const<21261>, Const<21262>, Const<21263>),
        (Const<21264>, Const<21265>, Const<21266>, Const<21267>, Const<21268>, Const<21269>, Const<21270>, Const<21271>, Const<21272>, Const<21273>, Const<21274>, Const<21275>, Const<21276>, Const<21277>, Const<21278>, Const<21279>),
        (Const<21280>, Const<21281>, Const<21282>, Const<21283>, Const<21284>, Const<21285>, Const<21286>, Const<21287>, Const<21288>, Const<21289>, Const<21290>, Const<21291>, Const<21292>, Const<21293>, Const<21294>, Const<21295>),
        (Const<21296>, Const<21297>, Const<21298>, Const<21299>, Const<21300>, Const<21301>, Const<21302>, Const<21303>, Const<21304>, Const<21305>, Const<21306>, Const<21307>, Const<21308>, Const<21309>, Const<21310>, Const<21311>),
        (Const<21312>, Const<21313>, Const<21314>, Const<21315>, Const<21316>, Const<21317>, Const<21318>, Const<21319>, Const<21320>, Const<21321>, Const<21322>, Const<21323>, Const<21324>, Const<21325>, Const<21326>, Const<21327>),
        (Const<21328>, Const<21329>, Const<21330>, Const<21331>, Const<21332>, Const<21333>, Const<21334>, Const<21335>, Const<21336>, Const<21337>, Const<21338>, Const<21339>, Const<21340>, Const<21341>, Const<21342>, Const<21343>),
        (Const<21344>, Const<21345>, Const<21346>, Const<21347>, Const<21348>, Const<21349>, Const<21350>, Const<21351>, Const<21352>, Const<21353>, Const<21354>, Const<21355>, Const<21356>, Const<21357>, Const<21358>, Const<21359>),
        (Const<21360>, Const<21361>, Const<21362>, Const<21363>, Const<21364>, Const<21365>, Const<21366>, Const<21367>, Const<21368>, Const<21369>, Const<21370>, Const<21371>, Const<21372>, Const<21373>, Const<21374>, Const<21375>),
        (Const<21376>, Const<21377>, Const<21378>, Const<21379>, Const<21380>, Const<21381>, Const<21382>, Const<21383>, Const<21384>, Const<21385>, Const<21386>, Const<21387>, Const<21388>, Const<21389>, Const<21390>, Const<21391>),
        (Const<21392>, Const<21393>, Const<21394>, Const<21395>, Const<21396>, Const<21397>, Const<21398>, Const<21399>, Const<21400>, Const<21401>, Const<21402>, Const<21403>, Const<21404>, Const<21405>, Const<21406>, Const<21407>),
        (Const<21408>, Const<21409>, Const<21410>, Const<21411>, Const<21412>, Const<21413>, Const<21414>, Const<21415>, Const<21416>, Const<21417>, Const<21418>, Const<21419>, Const<21420>, Const<21421>, Const<21422>, Const<21423>),
        (Const<21424>, Const<21425>, Const<21426>, Const<21427>, Const<21428>, Const<21429>, Const<21430>, Const<21431>, Const<21432>, Const<21433>, Const<21434>, Const<21435>, Const<21436>, Const<21437>, Const<21438>, Const<21439>),
        (Const<21440>, Const<21441>, Const<21442>, Const<21443>, Const<21444>, Const<21445>, Const<21446>, Const<21447>, Const<21448>, Const<21449>, Const<21450>, Const<21451>, Const<21452>, Const<21453>, Const<21454>, Const<21455>),
        (Const<21456>, Const<21457>, Const<21458>, Const<21459>, Const<21460>, Const<21461>, Const<21462>, Const<21463>, Const<21464>, Const<21465>, Const<21466>, Const<21467>, Const<21468>, Const<21469>, Const<21470>, Const<21471>),
        (Const<21472>, Const<21473>, Const<21474>, Const<21475>, Const<21476>, Const<21477>, Const<21478>, Const<21479>, Const<21480>, Const<21481>, Const<21482>, Const<21483>, Const<21484>, Const<21485>, Const<21486>, Const<21487>),
        (Const<21488>, Const<21489>, Const<21490>, Const<21491>, Const<21492>, Const<21493>, Const<21494>, Const<21495>, Const<21496>, Const<21497>, Const<21498>, Const<21499>, Const<21500>, Const<21501>, Const<21502>, Const<21503>),
    );
}

impl Row for typenum::consts::U84 {
    type Cols = (
        (Const<21504>, Const<21505>, Const<21506>, Const<21507>, Const<21508>, Const<21509>, Const<21510>, Const<21511>, Const<21512>, Const<21513>, Const<21514>, Const<21515>, Const<21516>, Const<21517>, Const<21518>, Const<21519>),
        (Const<21520>, Const<21521>, Const<21522>, Const<21523>, Const<21524>, Const<21525>, Const<21526>, Const<21527>, Const<21528>, Const<21529>, Const<21530>, Const<21531>, Const<21532>, Const<21533>, Const<21534>, Const<21535>),
        (Const<21536>, Const<21537>, Const<21538>, Const<21539>, Const<21540>, Const<21541>, Const<21542>, Const<21543>, Const<21544>, Const<21545>, Const<21546>, Const<21547>, Const<21548>, Const<21549>, Const<21550>, Const<21551>),
        (Const<21552>, Const<21553>, Const<21554>, Const<21555>, Const<21556>, Const<21557>, Const<21558>, Const<21559>, Const<21560>, Const<21561>, Const<21562>, Const<21563>, Const<21564>, Const<21565>, Const<21566>, Const<21567>),
        (Const<21568>, Const<21569>, Const<21570>, Const<21571>, Const<21572>, Const<21573>, Const<21574>, Const<21575>, Const<21576>, Const<21577>, Const<21578>, Const<21579>, Const<21580>, Const<21581>, Const<21582>, Const<21583>),
        (Const<21584>, Const<21585>, Const<21586>, Const<21587>, Const<21588>, Const<21589>, Const<21590>, Const<21591>, Const<21592>, Const<21593>, Const<21594>, Const<21595>, Const<21596>, Const<21597>, Const<21598>, Const<21599>),
        (Const<21600>, Const<21601>, Const<21602>, Const<21603>, Const<21604>, Const<21605>, Const<21606>, Const<21607>, Const<21608>, Const<21609>, Const<21610>, Const<21611>, Const<21612>, Const<21613>, Const<21614>, Const<21615>),
        (Const<21616>, Const<21617>, Const<21618>, Const<21619>, Const<21620>, Const<21621>, Const<21622>, Const<21623>, Const<21624>, Const<21625>, Const<21626>, Const<21627>, Const<21628>, Const<21629>, Const<21630>, Const<21631>),
        (Const<21632>, Const<21633>, Const<21634>, Const<21635>, Const<21636>, Const<21637>, Const<21638>, Const<21639>, Const<21640>, Const<21641>, Const<21642>, Const<21643>, Const<21644>, Const<21645>, Const<21646>, Const<21647>),
        (Const<21648>, Const<21649>, Const<21650>, Const<21651>, Const<21652>, Const<21653>, Const<21654>, Const<21655>, Const<21656>, Const<21657>, Const<21658>, Const<21659>, Const<21660>, Const<21661>, Const<21662>, Const<21663>),
        (Const<21664>, Const<21665>, Const<21666>, Const<21667>, Const<21668>, Const<21669>, Const<21670>, Const<21671>, Const<21672>, Const<21673>, Const<21674>, Const<21675>, Const<21676>, Const<21677>, Const<21678>, Const<21679>),
        (Const<21680>, Const<21681>, Const<21682>, Const<21683>, Const<21684>, Const<21685>, Const<21686>, Const<21687>, Const<21688>, Const<21689>, Const<21690>, Const<21691>, Const<21692>, Const<21693>, Const<21694>, Const<21695>),
        (Const<21696>, Const<21697>, Const<21698>, Const<21699>, Const<21700>, Const<21701>, Const<21702>, Const<21703>, Const<21704>, Const<21705>, Const<21706>, Const<21707>, Const<21708>, Const<21709>, Const<21710>, Const<21711>),
        (Const<21712>, Const<21713>, Const<21714>, Const<21715>, Const<21716>, Const<21717>, Const<21718>, Const<21719>, Const<21720>, Const<21721>, Const<21722>, Const<21723>, Const<21724>, Const<21725>, Const<21726>, Const<21727>),
        (Const<21728>, Const<21729>, Const<21730>, Const<21731>, Const<21732>, Const<21733>, Const<21734>, Const<21735>, Const<21736>, Const<21737>, Const<21738>, Const<21739>, Const<21740>, Const<21741>, Const<21742>, Const<21743>),
        (Const<21744>, Const<21745>, Const<21746>, Const<21747>, Const<21748>, Const<21749>, Const<21750>, Const<21751>, Const<21752>, Const<21753>, Const<21754>, Const<21755>, Const<21756>, Const<21757>, Const<21758>, Const<21759>),
    );
}

impl Row for typenum::consts::U85 {
    type Cols = (
        (Const<21760>, Const<21761>, Const<21762>, Const<21763>, Const<21764>, Const<21765>, Const<21766>, Const<21767>, Const<21768>, Const<21769>, Const<21770>, Const<21771>, Const<21772>, Const<21773>, Const<21774>, Const<21775>),
        (Const<21776>, Const<21777>, Const<21778>, Const<21779>, Const<21780>, Const<21781>, Const<21782>, Const<21783>, Const<21784>, Const<21785>, Const<21786>, Const<21787>, Const<21788>, Const<21789>, Const<21790>, Const<21791>),
        (Const<21792>, Const<21793>, Const<21794>, Const<21795>, Const<21796>, Const<21797>, Const<21798>, Const<21799>, Const<21800>, Const<21801>, Const<21802>, Const<21803>, Const<21804>, Const<21805>, Const<21806>, Const<21807>),
        (Const<21808>, Const<21809>, Const<21810>, Const<21811>, Const<21812>, Const<21813>, Const<21814>, Const<21815>, Const<21816>, Const<21817>, Const<21818>, Const<21819>, Const<21820>, Const<21821>, Const<21822>, Const<21823>),
        (Const<21824>, Const<21825>, Const<21826>, Const<21827>, Const<21828>, Const<21829>, Const<21830>, Const<21831>, Const<21832>, Const<21833>, Const<21834>, Const<21835>, Const<21836>, Const<21837>, Const<21838>, Const<21839>),
        (Const<21840>, Const<21841>, Const<21842>, Const<21843>, Const<21844>, Const<21845>, Const<21846>, Const<21847>, Const<21848>, Const<21849>, Const<21850>, Const<21851>, Const<21852>, Const<21853>, Const<21854>, Const<21855>),
        (Const<21856>, Const<21857>, Const<21858>, Const<21859>, Const<21860>, Const<21861>, Const<21862>, Const<21863>, Const<21864>, Const<21865>, Const<21866>, Const<21867>, Const<21868>, Const<21869>, Const<21870>, Const<21871>),
        (Const<21872>, Const<21873>, Const<21874>, Const<21875>, Const<21876>, Const<21877>, Const<21878>, Const<21879>, Const<21880>, Const<21881>, Const<21882>, Const<21883>, Const<21884>, Const<21885>, Const<21886>, Const<21887>),
        (Const<21888>, Const<21889>, Const<21890>, Const<21891>, Const<21892>, Const<21893>, Const<21894>, Const<21895>, Const<21896>, Const<21897>, Const<21898>, Const<21899>, Const<21900>, Const<21901>, Const<21902>, Const<21903>),
        (Const<21904>, Const<21905>, Const<21906>, Const<21907>, Const<21908>, Const<21909>, Const<21910>, Const<21911>, Const<21912>, Const<21913>, Const<21914>, Const<21915>, Const<21916>, Const<21917>, Const<21918>, Const<21919>),
        (Const<21920>, Const<21921>, Const<21922>, Const<21923>, Const<21924>, Const<21925>, Const<21926>, Const<21927>, Const<21928>, Const<21929>, Const<21930>, Const<21931>, Const<21932>, Const<21933>, Const<21934>, Const<21935>),
        (Const<21936>, Const<21937>, Const<21938>, Const<21939>, Const<21940>, Const<21941>, Const<21942>, Const<21943>, Const<21944>, Const<21945>, Const<21946>, Const<21947>, Const<21948>, Const<21949>, Const<21950>, Const<21951>),
        (Const<21952>, Const<21953>, Const<21954>, Const<21955>, Const<21956>, Const<21957>, Const<21958>, Const<21959>, Const<21960>, Const<21961>, Const<21962>, Const<21963>, Const<21964>, Const<21965>, Const<21966>, Const<21967>),
        (Const<21968>, Const<21969>, Const<21970>, Const<21971>, Const<21972>, Const<21973>, Const<21974>, Const<21975>, Const<21976>, Const<21977>, Const<21978>, Const<21979>, Const<21980>, Const<21981>, Const<21982>, Const<21983>),
        (Const<21984>, Const<21985>, Const<21986>, Const<21987>, Const<21988>, Const<21989>, Const<21990>, Const<21991>, Const<21992>, Const<21993>, Const<21994>, Const<21995>, Const<21996>, Const<21997>, Const<21998>, Const<21999>),
        (Const<22000>, Const<22001>, Const<22002>, Const<22003>, Const<22004>, Const<22005>, Const<22006>, Const<22007>, Const<22008>, Const<22009>, Const<22010>, Const<22011>, Const<22012>, Const<22013>, Const<22014>, Const<22015>),
    );
}

impl Row for typenum::consts::U86 {
    type Cols = (
        (Const<22016>, Const<22017>, Const<22018>, Const<22019>, Const<22020>, Const<22021>, Const<22022>, Const<22023>, Const<22024>, Const<22025>, Const<22026>, Const<22027>, Const<22028>, Const<22029>, Const<22030>, Const<22031>),
        (Const<22032>, Const<22033>, Const<22034>, Const<22035>, Const<22036>, Const<22037>, Const<22038>, Const<22039>, Const<22040>, Const<22041>, Const<22042>, Const<22043>, Const<22044>, Const<22045>, Const<22046>, Const<22047>),
        (Const<22048>, Const<22049>, Const<22050>, Const<22051>, Const<22052>, Const<22053>, Const<22054>, Const<22055>, Const<22056>, Const<22057>, Const<22058>, Const<22059>, Const<22060>, Const<22061>, Const<22062>, Const<22063>),
        (Const<22064>, Const<22065>, Const<22066>, Const<22067>, Const<22068>, Const<22069>, Const<22070>, Const<22071>, Const<22072>, Const<22073>, Const<22074>, Const<22075>, Const<22076>, Const<22077>, Const<22078>, Const<22079>),
        (Const<22080>, Const<22081>, Const<22082>, Const<22083>, Const<22084>, Const<22085>, Const<22086>, Const<22087>, Const<22088>, Const<22089>, Const<22090>, Const<22091>, Const<22092>, Const<22093>, Const<22094>, Const<22095>),
        (Const<22096>, Const<22097>, Const<22098>, Const<22099>, Const<22100>, Const<22101>, Const<22102>, Const<22103>, Const<22104>, Const<22105>, Const<22106>, Const<22107>, Const<22108>, Const<22109>, Const<22110>, Const<22111>),
        (Const<22112>, Const<22113>, Const<22114>, Const<22115>, Const<22116>, Const<22117>, Const<22118>, Const<22119>, Const<22120>, Const<22121>, Const<22122>, Const<22123>, Const<22124>, Const<22125>, Const<22126>, Const<22127>),
        (Const<22128>, Const<22129>, Const<22130>, Const<22131>, Const<22132>, Const<22133>, Const<22134>, Const<22135>, Const<22136>, Const<22137>, Const<22138>, Const<22139>, Const<22140>, Const<22141>, Const<22142>, Const<22143>),
        (Const<22144>, Const<22145>, Const<22146>, Const<22147>, Const<22148>, Const<22149>, Const<22150>, Const<22151>, Const<22152>, Const<22153>, Const<22154>, Const<22155>, Const<22156>, Const<22157>, Const<22158>, Const<22159>),
        (Const<22160>, Const<22161>, Const<22162>, Const<22163>, Const<22164>, Const<22165>, Const<22166>, Const<22167>, Const<22168>, Const<22169>, Const<22170>, Const<22171>, Const<22172>, Const<22173>, Const<22174>, Const<22175>),
        (Const<22176>, Const<22177>, Const<22178>, Const<22179>, Const<22180>, Const<22181>, Const<22182>, Const<22183>, Const<22184>, Const<22185>, Const<22186>, Const<22187>, Const<22188>, Const<22189>, Const<22190>, Const<22191>),
        (Const<22192>, Const<22193>, Const<22194>, Const<22195>, Const<22196>, Const<22197>, Const<22198>, Const<22199>, Const<22200>, Const<22201>, Const<22202>, Const<22203>, Const<22204>, Const<22205>, Const<22206>, Const<22207>),
        (Const<22208>, Const<22209>, Const<22210>, Const<22211>, Const<22212>, Const<22213>, Const<22214>, Const<22215>, Const<22216>, Const<22217>, Const<22218>, Const<22219>, Const<22220>, Const<22221>, Const<22222>, Const<22223>),
        (Const<22224>, Const<22225>, Const<22226>, Const<22227>, Const<22228>, Const<22229>, Const<22230>, Const<22231>, Const<22232>, Const<22233>, Const<22234>, Const<22235>, Const<22236>, Const<22237>, Const<22238>, Const<22239>),
        (Const<22240>, Const<22241>, Const<22242>, Const<22243>, Const<22244>, Const<22245>, Const<22246>, Const<22247>, Const<22248>, Const<22249>, Const<22250>, Const<22251>, Const<22252>, Const<22253>, Const<22254>, Const<22255>),
        (Const<22256>, Const<22257>, Const<22258>, Const<22259>, Const<22260>, Const<22261>, Const<22262>, Const<22263>, Const<22264>, Const<22265>, Const<22266>, Const<22267>, Const<22268>, Const<22269>, Const<22270>, Const<22271>),
    );
}

impl Row for typenum::consts::U87 {
    type Cols = (
        (Const<22272>, Const<22273>, Const<22274>, Const<22275>, Const<22276>, Const<22277>, Const<22278>, Const<22279>, Const<22280>, Const<22281>, Const<22282>, Const<22283>, Const<22284>, Const<22285>, Const<22286>, Const<22287>),
        (Const<22288>, Const<22289>, Const<22290>, Const<22291>, Const<22292>, Const<22293>, Const<22294>, Const<22295>, Const<22296>, Const<22297>, Const<22298>, Const<22299>, Const<22300>, Const<22301>, Const<22302>, Const<22303>),
        (Const<22304>, Const<22305>, Const<22306>, Const<22307>, Const<22308>, Const<22309>, Const<22310>, Const<22311>, Const<22312>, Const<22313>, Const<22314>, Const<22315>, Const<22316>, Const<22317>, Const<22318>, Const<22319>),
        (Const<22320>, Const<22321>, Const<22322>, Const<22323>, Const<22324>, Const<22325>, Const<22326>, Const<22327>, Const<22328>, Const<22329>, Const<22330>, Const<22331>, Const<22332>, Const<22333>, Const<22334>, Const<22335>),
        (Const<22336>, Const<22337>, Const<22338>, Const<22339>, Const<22340>, Const<22341>, Const<22342>, Const<22343>, Const<22344>, Const<22345>, Const<22346>, Const<22347>, Const<22348>, Const<22349>, Const<22350>, Const<22351>),
        (Const<22352>, Const<22353>, Const<22354>, Const<22355>, Const<22356>, Const<22357>, Const<22358>, Const<22359>, Const<22360>, Const<22361>, Const<22362>, Const<22363>, Const<22364>, Const<22365>, Const<22366>, Const<22367>),
        (Const<22368>, Const<22369>, Const<22370>, Const<22371>, Const<22372>, Const<22373>, Const<22374>, Const<22375>, Const<22376>, Const<22377>, Const<22378>, Const<22379>, Const<22380>, Const<22381>, Const<22382>, Const<22383>),
        (Const<22384>, Const<22385>, Const<22386>, Const<22387>, Const<22388>, Const<22389>, Const<22390>, Const<22391>, Const<22392>, Const<22393>, Const<22394>, Const<22395>, Const<22396>, Const<22397>, Const<22398>, Const<22399>),
        (Const<22400>, Const<22401>, Const<22402>, Const<22403>, Const<22404>, Const<22405>, Const<22406>, Const<22407>, Const<22408>, Const<22409>, Const<22410>, Const<22411>, Const<22412>, Const<22413>, Const<22414>, Const<22415>),
        (Const<22416>, Const<22417>, Const<22418>, Const<22419>, Const<22420>, Const<22421>, Const<22422>, Const<22423>, Const<22424>, Const<22425>, Const<22426>, Const<22427>, Const<22428>, Const<22429>, Const<22430>, Const<22431>),
        (Const<22432>, Const<22433>, Const<22434>, Const<22435>, Const<22436>, Const<22437>, Const<22438>, Const<22439>, Const<22440>, Const<22441>, Const<22442>, Const<22443>, Const<22444>, Const<22445>, Const<22446>, Const<22447>),
        (Const<22448>, Const<22449>, Const<22450>, Const<22451>, Const<22452>, Const<22453>, Const<22454>, Const<22455>, Const<22456>, Const<22457>, Const<22458>, Const<22459>, Const<22460>, Const<22461>, Const<22462>, Const<22463>),
        (Const<22464>, Const<22465>, Const<22466>, Const<22467>, Const<22468>, Const<22469>, Const<22470>, Const<22471>, Const<22472>, Const<22473>, Const<22474>, Const<22475>, Const<22476>, Const<22477>, Const<22478>, Const<22479>),
        (Const<22480>, Const<22481>, Const<22482>, Const<22483>, Const<22484>, Const<22485>, Const<22486>, Const<22487>, Const<22488>, Const<22489>, Const<22490>, Const<22491>, Const<22492>, Const<22493>, Const<22494>, Const<22495>),
        (Const<22496>, Const<22497>, Const<22498>, Const<22499>, Const<22500>, Const<22501>, Const<22502>, Const<22503>, Const<22504>, Const<22505>, Const<22506>, Const<22507>, Const<22508>, Const<22509>, Const<22510>, Const<22511>),
        (Const<22512>, Const<22513>, Const<22514>, Const<22515>, Const<22516>, Const<22517>, Const<22518>, Const<22519>, Const<22520>, Const<22521>, Const<22522>, Const<22523>, Const<22524>, Const<22525>, Const<22526>, Const<22527>),
    );
}

impl Row for typenum::consts::U88 {
    type Cols = (
        (Const<22528>, Const<22529>, Const<22530>, Const<22531>, Const<22532>, Const<22533>, Const<22534>, Const<22535>, Const<22536>, Const<22537>, Const<22538>, Const<22539>, Const<22540>, Const<22541>, Const<22542>, Const<22543>),
        (Const<22544>, Const<22545>, Const<22546>, Const<22547>, Const<22548>, Const<22549>, Const<22550>, Const<22551>, Const<22552>, Const<22553>, Const<22554>, Const<22555>, Const<22556>, Const<22557>, Const<22558>, Const<22559>),
        (Const<22560>, Const<22561>, Const<22562>, Const<22563>, Const<22564>, Const<22565>, Const<22566>, Const<22567>, Const<22568>, Const<22569>, Const<22570>, Const<22571>, Const<22572>, Const<22573>, Const<22574>, Const<22575>),
        (Const<22576>, Const<22577>, Const<22578>, Const<22579>, Const<22580>, Const<22581>, Const<22582>, Const<22583>, Const<22584>, Const<22585>, Const<22586>, Const<22587>, Const<22588>, Const<22589>, Const<22590>, Const<22591>),
        (Const<22592>, Const<22593>, Const<22594>, Const<22595>, Const<22596>, Const<22597>, Const<22598>, Const<22599>, Const<22600>, Const<22601>, Const<22602>, Const<22603>, Const<22604>, Const<22605>, Const<22606>, Const<22607>),
        (Const<22608>, Const<22609>, Const<22610>, Const<22611>, Const<22612>, Const<22613>, Const<22614>, Const<22615>, Const<22616>, Const<22617>, Const<22618>, Const<22619>, Const<22620>, Const<22621>, Const<22622>, Const<22623>),
        (Const<22624>, Const<22625>, Const<22626>, Const<22627>, Const<22628>, Const<22629>, Const<22630>, Const<22631>, Const<22632>, Const<22633>, Const<22634>, Const<22635>, Const<22636>, Const<22637>, Const<22638>, Const<22639>),
        (Const<22640>, Const<22641>, Const<22642>, Const<22643>, Const<22644>, Const<22645>, Const<22646>, Const<22647>, Const<22648>, Const<22649>, Const<22650>, Const<22651>, Const<22652>, Const<22653>, Const<22654>, Const<22655>),
        (Const<22656>, Const<22657>, Const<22658>, Const<22659>, Const<22660>, Const<22661>, Const<22662>, Const<22663>, Const<22664>, Const<22665>, Const<22666>, Const<22667>, Const<22668>, Const<22669>, Const<22670>, Const<22671>),
        (Const<22672>, Const<22673>, Const<22674>, Const<22675>, Const<22676>, Const<22677>, Const<22678>, Const<22679>, Const<22680>, Const<22681>, Const<22682>, Const<22683>, Const<22684>, Const<22685>, Const<22686>, Const<22687>),
        (Const<22688>, Const<22689>, Const<22690>, Const<22691>, Const<22692>, Const<22693>, Const<22694>, Const<22695>, Const<22696>, Const<22697>, Const<22698>, Const<22699>, Const<22700>, Const<22701>, Const<22702>, Const<22703>),
        (Const<22704>, Const<22705>, Const<22706>, Const<22707>, Const<22708>, Const<22709>, Const<22710>, Const<22711>, Const<22712>, Const<22713>, Const<22714>, Const<22715>, Const<22716>, Const<22717>, Const<22718>, Const<22719>),
        (Const<22720>, Const<22721>, Const<22722>, Const<22723>, Const<22724>, Const<22725>, Const<22726>, Const<22727>, Const<22728>, Const<22729>, Const<22730>, Const<22731>, Const<22732>, Const<22733>, Const<22734>, Const<22735>),
        (Const<22736>, Const<22737>, Const<22738>, Const<22739>, Const<22740>, Const<22741>, Const<22742>, Const<22743>, Const<22744>, Const<22745>, Const<22746>, Const<22747>, Const<22748>, Const<22749>, Const<22750>, Const<22751>),
        (Const<22752>, Const<22753>, Const<22754>, Const<22755>, Const<22756>, Const<22757>, Const<22758>, Const<22759>, Const<22760>, Const<22761>, Const<22762>, Const<22763>, Const<22764>, Const<22765>, Const<22766>, Const<22767>),
        (Const<22768>, Const<22769>, Const<22770>, Const<22771>, Const<22772>, Const<22773>, Const<22774>, Const<22775>, Const<22776>, Const<22777>, Const<22778>, Const<22779>, Const<22780>, Const<22781>, Const<22782>, Const<22783>),
    );
}

impl Row for typenum::consts::U89 {
    type Cols = (
        (Const<22784>, Const<22785>, Const<22786>, Const<22787>, Const<22788>, Const<22789>, Const<22790>, Const<22791>, Const<22792>, Const<22793>, Const<22794>, Const<22795>, Const<22796>, Const<22797>, Const<22798>, Const<22799>),
        (Const<22800>, Const<22801>, Const<22802>, Const<22803>, Const<22804>, Const<22805>, Const<22806>, Const<22807>, Const<22808>, Const<22809>, Const<22810>, Const<22811>, Const<22812>, Const<22813>, Const<22814>, Const<22815>),
        (Const<22816>, Const<22817>, Const<22818>, Const<22819>, Const<22820>, Const<22821>, Const<22822>, Const<22823>, Const<22824>, Const<22825>, Const<22826>, Const<22827>, Const<22828>, Const<22829>, Const<22830>, Const<22831>),
        (Const<22832>, Const<22833>, Const<22834>, Const<22835>, Const<22836>, Const<22837>, Const<22838>, Const<22839>, Const<22840>, Const<22841>, Const<22842>, Const<22843>, Const<22844>, Const<22845>, Const<22846>, Const<22847>),
        (Const<22848>, Const<22849>, Const<22850>, Const<22851>, Const<22852>, Const<22853>, Const<22854>, Const<22855>, Const<22856>, Const<22857>, Const<22858>, Const<22859>, Const<22860>, Const<22861>, Const<22862>, Const<22863>),
        (Const<22864>, Const<22865>, Const<22866>, Const<22867>, Const<22868>, Const<22869>, Const<22870>, Const<22871>, Const<22872>, Const<22873>, Const<22874>, Const<22875>, Const<22876>, Const<22877>, Const<22878>, Const<22879>),
        (Const<22880>, Const<22881>, Const<22882>, Const<22883>, Const<22884>, Const<22885>, Const<22886>, Const<22887>, Const<22888>, Const<22889>, Const<22890>, Const<22891>, Const<22892>, Const<22893>, Const<22894>, Const<22895>),
        (Const<22896>, Const<22897>, Const<22898>, Const<22899>, Const<22900>, Const<22901>, Const<22902>, Const<22903>, Const<22904>, Const<22905>, Const<22906>, Const<22907>, Const<22908>, Const<22909>, Const<22910>, Const<22911>),
        (Const<22912>, Const<22913>, Const<22914>, Const<22915>, Const<22916>, Const<22917>, Const<22918>, Const<22919>, Const<22920>, Const<22921>, Const<22922>, Const<22923>, Const<22924>, Const<22925>, Const<22926>, Const<22927>),
        (Const<22928>, Const<22929>, Const<22930>, Const<22931>, Const<22932>, Const<22933>, Const<22934>, Const<22935>, Const<22936>, Const<22937>, Const<22938>, Const<22939>, Const<22940>, Const<22941>, Const<22942>, Const<22943>),
        (Const<22944>, Const<22945>, Const<22946>, Const<22947>, Const<22948>, Const<22949>, Const<22950>, Const<22951>, Const<22952>, Const<22953>, Const<22954>, Const<22955>, Const<22956>, Const<22957>, Const<22958>, Const<22959>),
        (Const<22960>, Const<22961>, Const<22962>, Const<22963>, Const<22964>, Const<22965>, Const<22966>, Const<22967>, Const<22968>, Const<22969>, Const<22970>, Const<22971>, Const<22972>, Const<22973>, Const<22974>, Const<22975>),
        (Const<22976>, Const<22977>, Const<22978>, Const<22979>, Const<22980>, Const<22981>, Const<22982>, Const<22983>, Const<22984>, Const<22985>, Const<22986>, Const<22987>, Const<22988>, Const<22989>, Const<22990>, Const<22991>),
        (Const<22992>, Const<22993>, Const<22994>, Const<22995>, Const<22996>, Const<22997>, Const<22998>, Const<22999>, Const<23000>, Const<23001>, Const<23002>, Const<23003>, Const<23004>, Const<23005>, Const<23006>, Const<23007>),
        (Const<23008>, Const<23009>, Const<23010>, Const<23011>, Const<23012>, Const<23013>, Const<23014>, Const<23015>, Const<23016>, Const<23017>, Const<23018>, Const<23019>, Const<23020>, Const<23021>, Const<23022>, Const<23023>),
        (Const<23024>, Const<23025>, Const<23026>, Const<23027>, Const<23028>, Const<23029>, Const<23030>, Const<23031>, Const<23032>, Const<23033>, Const<23034>, Const<23035>, Const<23036>, Const<23037>, Const<23038>, Const<23039>),
    );
}

impl Row for typenum::consts::U90 {
    type Cols = (
        (Const<23040>, Const<23041>, Const<23042>, Const<23043>, Const<23044>, Const<23045>, Const<23046>, Const<23047>, Const<23048>, Const<23049>, Const<23050>, Const<23051>, Const<23052>, Const<23053>, Const<23054>, Const<23055>),
        (Const<23056>, Const<23057>, Const<23058>, Const<23059>, Const<23060>, Const<23061>, Const<23062>, Const<23063>, Const<23064>, Const<23065>, Const<23066>, Const<23067>, Const<23068>, Const<23069>, Const<23070>, Const<23071>),
        (Const<23072>, Const<23073>, Const<23074>, Const<23075>, Const<23076>, Const<23077>, Const<23078>, Const<23079>, Const<23080>, Const<23081>, Const<23082>, Const<23083>, Const<23084>, Const<23085>, Const<23086>, Const<23087>),
        (Const<23088>, Const<23089>, Const<23090>, Const<23091>, Const<23092>, Const<23093>, Const<23094>, Const<23095>, Const<23096>, Const<23097>, Const<23098>, Const<23099>, Const<23100>, Const<23101>, Const<23102>, Const<23103>),
        (Const<23104>, Const<23105>, Const<23106>, Const<23107>, Const<23108>, Const<23109>, Const<23110>, Const<23111>, Const<23112>, Const<23113>, Const<23114>, Const<23115>, Const<23116>, Const<23117>, Const<23118>, Const<23119>),
        (Const<23120>, Const<23121>, Const<23122>, Const<23123>, Const<23124>, Const<23125>, Const<23126>, Const<23127>, Const<23128>, Const<23129>, Const<23130>, Const<23131>, Const<23132>, Const<23133>, Const<23134>, Const<23135>),
        (Const<23136>, Const<23137>, Const<23138>, Const<23139>, Const<23140>, Const<23141>, Const<23142>, Const<23143>, Const<23144>, Const<23145>, Const<23146>, Const<23147>, Const<23148>, Const<23149>, Const<23150>, Const<23151>),
        (Const<23152>, Const<23153>, Const<23154>, Const<23155>, Const<23156>, Const<23157>, Const<23158>, Const<23159>, Const<23160>, Const<23161>, Const<23162>, Const<23163>, Const<23164>, Const<23165>, Const<23166>, Const<23167>),
        (Const<23168>, Const<23169>, Const<23170>, Const<23171>, Const<23172>, Const<23173>, Const<23174>, Const<23175>, Const<23176>, Const<23177>, Const<23178>, Const<23179>, Const<23180>, Const<23181>, Const<23182>, Const<23183>),
        (Const<23184>, Const<23185>, Const<23186>, Const<23187>, Const<23188>, Const<23189>, Const<23190>, Const<23191>, Const<23192>, Const<23193>, Const<23194>, Const<23195>, Const<23196>, Const<23197>, Const<23198>, Const<23199>),
        (Const<23200>, Const<23201>, Const<23202>, Const<23203>, Const<23204>, Const<23205>, Const<23206>, Const<23207>, Const<23208>, Const<23209>, Const<23210>, Const<23211>, Const<23212>, Const<23213>, Const<23214>, Const<23215>),
        (Const<23216>, Const<23217>, Const<23218>, Const<23219>, Const<23220>, Const<23221>, Const<23222>, Const<23223>, Const<23224>, Const<23225>, Const<23226>, Const<23227>, Const<23228>, Const<23229>, Const<23230>, Const<23231>),
        (Const<23232>, Const<23233>, Const<23234>, Const<23235>, Const<23236>, Const<23237>, Const<23238>, Const<23239>, Const<23240>, Const<23241>, Const<23242>, Const<23243>, Const<23244>, Const<23245>, Const<23246>, Const<23247>),
        (Const<23248>, Const<23249>, Const<23250>, Const<23251>, Const<23252>, Const<23253>, Const<23254>, Const<23255>, Const<23256>, Const<23257>, Const<23258>, Const<23259>, Const<23260>, Const<23261>, Const<23262>, Const<23263>),
        (Const<23264>, Const<23265>, Const<23266>, Const<23267>, Const<23268>, Const<23269>, Const<23270>, Const<23271>, Const<23272>, Const<23273>, Const<23274>, Const<23275>, Const<23276>, Const<23277>, Const<23278>, Const<23279>),
        (Const<23280>, Const<23281>, Const<23282>, Const<23283>, Const<23284>, Const<23285>, Const<23286>, Const<23287>, Const<23288>, Const<23289>, Const<23290>, Const<23291>, Const<23292>, Const<23293>, Const<23294>, Const<23295>),
    );
}

impl Row for typenum::consts::U91 {
    type Cols = (
        (Const<23296>, Const<23297>, Const<23298>, Const<23299>, Const<23300>, Const<23301>, Const<23302>, Const<23303>, Const<23304>, Const<23305>, Const<23306>, Const<23307>, Const<23308>, Const<23309>, Const<23310>, Const<23311>),
        (Const<23312>, Const<23313>, Const<23314>, Const<23315>, Const<23316>, Const<23317>, Const<23318>, Const<23319>, Const<23320>, Const<23321>, Const<23322>, Const<23323>, Const<23324>, Const<23325>, Const<23326>, Const<23327>),
        (Const<23328>, Const<23329>, Const<23330>, Const<23331>, Const<23332>, Const<23333>, Const<23334>, Const<23335>, Const<23336>, Const<23337>, Const<23338>, Const<23339>, Const<23340>, Const<23341>, Const<23342>, Const<23343>),
        (Const<23344>, Const<23345>, Const<23346>, Const<23347>, Const<23348>, Const<23349>, Const<23350>, Const<23351>, Const<23352>, Const<23353>, Const<23354>, Const<23355>, Const<23356>, Const<23357>, Const<23358>, Const<23359>),
        (Const<23360>, Const<23361>, Const<23362>, Const<23363>, Const<23364>, Const<23365>, Const<23366>, Const<23367>, Const<23368>, Const<23369>, Const<23370>, Const<23371>, Const<23372>, Const<23373>, Const<23374>, Const<23375>),
        (Const<23376>, Const<23377>, Const<23378>, Const<23379>, Const<23380>, Const<23381>, Const<23382>, Const<23383>, Const<23384>, Const<23385>, Const<23386>, Const<23387>, Const<23388>, Const<23389>, Const<23390>, Const<23391>),
        (Const<23392>, Const<23393>, Const<23394>, Const<23395>, Const<23396>, Const<23397>, Const<23398>, Const<23399>, Const<23400>, Const<23401>, Const<23402>, Const<23403>, Const<23404>, Const<23405>, Const<23406>, Const<23407>),
        (Const<23408>, Const<23409>, Const<23410>, Const<23411>, Const<23412>, Const<23413>, Const<23414>, Const<23415>, Const<23416>, Const<23417>, Const<23418>, Const<23419>, Const<23420>, Const<23421>, Const<23422>, Const<23423>),
        (Const<23424>, Const<23425>, Const<23426>, Const<23427>, Const<23428>, Const<23429>, Const<23430>, Const<23431>, Const<23432>, Const<23433>, Const<23434>, Const<23435>, Const<23436>, Const<23437>, Const<23438>, Const<23439>),
        (Const<23440>, Const<23441>, Const<23442>, Const<23443>, Const<23444>, Const<23445>, Const<23446>, Const<23447>, Const<23448>, Const<23449>, Const<23450>, Const<23451>, Const<23452>, Const<23453>, Const<23454>, Const<23455>),
        (Const<23456>, Const<23457>, Const<23458>, Const<23459>, Const<23460>, Const<23461>, Const<23462>, Const<23463>, Const<23464>, Const<23465>, Const<23466>, Const<23467>, Const<23468>, Const<23469>, Const<23470>, Const<23471>),
        (Const<23472>, Const<23473>, Const<23474>, Const<23475>, Const<23476>, Const<23477>, Const<23478>, Const<23479>, Const<23480>, Const<23481>, Const<23482>, Const<23483>, Const<23484>, Const<23485>, Const<23486>, Const<23487>),
        (Const<23488>, Const<23489>, Const<23490>, Const<23491>, Const<23492>, Const<23493>, Const<23494>, Const<23495>, Const<23496>, Const<23497>, Const<23498>, Const<23499>, Const<23500>, Const<23501>, Const<23502>, Const<23503>),
        (Const<23504>, Const<23505>, Const<23506>, Const<23507>, Const<23508>, Const<23509>, Const<23510>, Const<23511>, Const<23512>, Const<23513>, Const<23514>, Const<23515>, Const<23516>, Const<23517>, Const<23518>, Const<23519>),
        (Const<23520>, Const<23521>, Const<23522>, Const<23523>, Const<23524>, Const<23525>, Const<23526>, Const<23527>, Const<23528>, Const<23529>, Const<23530>, Const<23531>, Const<23532>, Const<23533>, Const<23534>, Const<23535>),
        (Const<23536>, Const<23537>, Const<23538>, Const<23539>, Const<23540>, Const<23541>, Const<23542>, Const<23543>, Const<23544>, Const<23545>, Const<23546>, Const<23547>, Const<23548>, Const<23549>, Const<23550>, Const<23551>),
    );
}

impl Row for typenum::consts::U92 {
    type Cols = (
        (Const<23552>, Const<23553>, Const<23554>, Const<23555>, Const<23556>, Const<23557>, Const<23558>, Const<23559>, Const<23560>, Const<23561>, Const<23562>, Const<23563>, Const<23564>, Const<23565>, Const<23566>, Const<23567>),
        (Const<23568>, Const<23569>, Const<23570>, Const<23571>, Const<23572>, Const<23573>, Const<23574>, Const<23575>, Const<23576>, Const<23577>, Const<23578>, Const<23579>, Const<23580>, Const<23581>, Const<23582>, Const<23583>),
        (Const<23584>, Const<23585>, Const<23586>, Const<23587>, Const<23588>, Const<23589>, Const<23590>, Const<23591>, Const<23592>, Const<23593>, Const<23594>, Const<23595>, Const<23596>, Const<23597>, Const<23598>, Const<23599>),
        (Const<23600>, Const<23601>, Const<23602>, Const<23603>, Const<23604>, Const<23605>, Const<23606>, Const<23607>, Const<23608>, Const<23609>, Const<23610>, Const<23611>, Const<23612>, Const<23613>, Const<23614>, Const<23615>),
        (Const<23616>, Const<23617>, Const<23618>, Const<23619>, Const<23620>, Const<23621>, Const<23622>, Const<23623>, Const<23624>, Const<23625>, Const<23626>, Const<23627>, Const<23628>, Const<23629>, Const<23630>, Const<23631>),
        (Const<23632>, Const<23633>, Const<23634>, Const<23635>, Const<23636>, Const<23637>, Const<23638>, Const<23639>, Const<23640>, Const<23641>, Const<23642>, Const<23643>, Const<23644>, Const<23645>, Const<23646>, Const<23647>),
        (Const<23648>, Const<23649>, Const<23650>, Const<23651>, Const<23652>, Const<23653>, Const<23654>, Const<23655>, Const<23656>, Const<23657>, Const<23658>, Const<23659>, Const<23660>, Const<23661>, Const<23662>, Const<23663>),
        (Const<23664>, Const<23665>, Const<23666>, Const<23667>, Const<23668>, Const<23669>, Const<23670>, Const<23671>, Const<23672>, Const<23673>, Const<23674>, Const<23675>, Const<23676>, Const<23677>, Const<23678>, Const<23679>),
        (Const<23680>, Const<23681>, Const<23682>, Const<23683>, Const<23684>, Const<23685>, Const<23686>, Const<23687>, Const<23688>, Const<23689>, Const<23690>, Const<23691>, Const<23692>, Const<23693>, Const<23694>, Const<23695>),
        (Const<23696>, Const<23697>, Const<23698>, Const<23699>, Const<23700>, Const<23701>, Const<23702>, Const<23703>, Const<23704>, Const<23705>, Const<23706>, Const<23707>, Const<23708>, Const<23709>, Const<23710>, Const<23711>),
        (Const<23712>, Const<23713>, Const<23714>, Const<23715>, Const<23716>, Const<23717>, Const<23718>, Const<23719>, Const<23720>, Const<23721>, Const<23722>, Const<23723>, Const<23724>, Const<23725>, Const<23726>, Const<23727>),
        (Const<23728>, Const<23729>, Const<23730>, Const<23731>, Const<23732>, Const<23733>, Const<23734>, Const<23735>, Const<23736>, Const<23737>, Const<23738>, Const<23739>, Const<23740>, Const<23741>, Const<23742>, Const<23743>),
        (Const<23744>, Const<23745>, Const<23746>, Const<23747>, Const<23748>, Const<23749>, Const<23750>, Const<23751>, Const<23752>, Const<23753>, Const<23754>, Const<23755>, Const<23756>, Const<23757>, Const<23758>, Const<23759>),
        (Const<23760>, Const<23761>, Const<23762>, Const<23763>, Const<23764>, Const<23765>, Const<23766>, Const<23767>, Const<23768>, Const<23769>, Const<23770>, Const<23771>, Const<23772>, Const<23773>, Const<23774>, Const<23775>),
        (Const<23776>, Const<23777>, Const<23778>, Const<23779>, Const<23780>, Const<23781>, Const<23782>, Const<23783>, Const<23784>, Const<23785>, Const<23786>, Const<23787>, Const<23788>, Const<23789>, Const<23790>, Const<23791>),
        (Const<23792>, Const<23793>, Const<23794>, Const<23795>, Const<23796>, Const<23797>, Const<23798>, Const<23799>, Const<23800>, Const<23801>, Const<23802>, Const<23803>, Const<23804>, Const<23805>, Const<23806>, Const<23807>),
    );
}

impl Row for typenum::consts::U93 {
    type Cols = (
        (Const<23808>, Const<23809>, Const<23810>, Const<23811>, Const<23812>, Const<23813>, Const<23814>, Const<23815>, Const<23816>, Const<23817>, Const<23818>, Const<23819>, Const<23820>, Const<23821>, Const<23822>, Const<23823>),
        (Const<23824>, Const<23825>, Const<23826>, Const<23827>, Const<23828>, Const<23829>, Const<23830>, Const<23831>, Const<23832>, Const<23833>, Const<23834>, Const<23835>, Const<23836>, Const<23837>, Const<23838>, Const<23839>),
        (Const<23840>, Const<23841>, Const<23842>, Const<23843>, Const<23844>, Const<23845>, Const<23846>, Const<23847>, Const<23848>, Const<23849>, Const<23850>, Const<23851>, Const<23852>, Const<23853>, Const<23854>, Const<23855>),
        (Const<23856>, Const<23857>, Const<23858>, Const<23859>, Const<23860>, Const<23861>, Const<23862>, Const<23863>, Const<23864>, Const<23865>, Const<23866>, Const<23867>, Const<23868>, Const<23869>, Const<23870>, Const<23871>),
        (Const<23872>, Const<23873>, Const<23874>, Const<23875>, Const<23876>, Const<23877>, Const<23878>, Const<23879>, Const<23880>, Const<23881>, Const<23882>, Const<23883>, Const<23884>, Const<23885>, Const<23886>, Const<23887>),
        (Const<23888>, Const<23889>, Const<23890>, Const<23891>, Const<23892>, Const<23893>, Const<23894>, Const<23895>, Const<23896>, Const<23897>, Const<23898>, Const<23899>, Const<23900>, Const<23901>, Const<23902>, Const<23903>),
        (Const<23904>, Const<23905>, Const<23906>, Const<23907>, Const<23908>, Const<23909>, Const<23910>, Const<23911>, Const<23912>, Const<23913>, Const<23914>, Const<23915>, Const<23916>, Const<23917>, Const<23918>, Const<23919>),
        (Const<23920>, Const<23921>, Const<23922>, Const<23923>, Const<23924>, Const<23925>, Const<23926>, Const<23927>, Const<23928>, Const<23929>, Const<23930>, Const<23931>, Const<23932>, Const<23933>, Const<23934>, Const<23935>),
        (Const<23936>, Const<23937>, Const<23938>, Const<23939>, Const<23940>, Const<23941>, Const<23942>, Const<23943>, Const<23944>, Const<23945>, Const<23946>, Const<23947>, Const<23948>, Const<23949>, Const<23950>, Const<23951>),
        (Const<23952>, Const<23953>, Const<23954>, Const<23955>, Const<23956>, Const<23957>, Const<23958>, Const<23959>, Const<23960>, Const<23961>, Const<23962>, Const<23963>, Const<23964>, Const<23965>, Const<23966>, Const<23967>),
        (Const<23968>, Const<23969>, Const<23970>, Const<23971>, Const<23972>, Const<23973>, Const<23974>, Const<23975>, Const<23976>, Const<23977>, Const<23978>, Const<23979>, Const<23980>, Const<23981>, Const<23982>, Const<23983>),
        (Const<23984>, Const<23985>, Const<23986>, Const<23987>, Const<23988>, Const<23989>, Const<23990>, Const<23991>, Const<23992>, Const<23993>, Const<23994>, Const<23995>, Const<23996>, Const<23997>, Const<23998>, Const<23999>),
        (Const<24000>, Const<24001>, Const<24002>, Const<24003>, Const<24004>, Const<24005>, Const<24006>, Const<24007>, Const<24008>, Const<24009>, Const<24010>, Const<24011>, Const<24012>, Const<24013>, Const<24014>, Const<24015>),
        (Const<24016>, Const<24017>, Const<24018>, Const<24019>, Const<24020>, Const<24021>, Const<24022>, Const<24023>, Const<24024>, Const<24025>, Const<24026>, Const<24027>, Const<24028>, Const<24029>, Const<24030>, Const<24031>),
        (Const<24032>, Const<24033>, Const<24034>, Const<24035>, Const<24036>, Const<24037>, Const<24038>, Const<24039>, Const<24040>, Const<24041>, Const<24042>, Const<24043>, Const<24044>, Const<24045>, Const<24046>, Const<24047>),
        (Const<24048>, Const<24049>, Const<24050>, Const<24051>, Const<24052>, Const<24053>, Const<24054>, Const<24055>, Const<24056>, Const<24057>, Const<24058>, Const<24059>, Const<24060>, Const<24061>, Const<24062>, Const<24063>),
    );
}

impl Row for typenum::consts::U94 {
    type Cols = (
        (Const<24064>, Const<24065>, Const<24066>, Const<24067>, Const<24068>, Const<24069>, Const<24070>, Const<24071>, Const<24072>, Const<24073>, Const<24074>, Const<24075>, Const<24076>, Const<24077>, Const<24078>, Const<24079>),
        (Const<24080>, Const<24081>, Const<24082>, Const<24083>, Const<24084>, Const<24085>, Const<24086>, Const<24087>, Const<24088>, Const<24089>, Const<24090>, Const<24091>, Const<24092>, Const<24093>, Const<24094>, Const<24095>),
        (Const<24096>, Const<24097>, Const<24098>, Const<24099>, Const<24100>, Const<24101>, Const<24102>, Const<24103>, Const<24104>, Const<24105>, Const<24106>, Const<24107>, Const<24108>, Const<24109>, Const<24110>, Const<24111>),
        (Const<24112>, Const<24113>, Const<24114>, Const<24115>, Const<24116>, Const<24117>, Const<24118>, Const<24119>, Const<24120>, Const<24121>, Const<24122>, Const<24123>, Const<24124>, Const<24125>, Const<24126>, Const<24127>),
        (Const<24128>, Const<24129>, Const<24130>, Const<24131>, Const<24132>, Const<24133>, Const<24134>, Const<24135>, Const<24136>, Const<24137>, Const<24138>, Const<24139>, Const<24140>, Const<24141>, Const<24142>, Const<24143>),
        (Const<24144>, Const<24145>, Const<24146>, Const<24147>, Const<24148>, Const<24149>, Const<24150>, Const<24151>, Const<24152>, Const<24153>, Const<24154>, Const<24155>, Const<24156>, Const<24157>, Const<24158>, Const<24159>),
        (Const<24160>, Const<24161>, Const<24162>, Const<24163>, Const<24164>, Const<24165>, Const<24166>, Const<24167>, Const<24168>, Const<24169>, Const<24170>, Const<24171>, Const<24172>, Const<24173>, Const<24174>, Const<24175>),
        (Const<24176>, Const<24177>, Const<24178>, Const<24179>, Const<24180>, Const<24181>, Const<24182>, Const<24183>, Const<24184>, Const<24185>, Const<24186>, Const<24187>, Const<24188>, Const<24189>, Const<24190>, Const<24191>),
        (Const<24192>, Const<24193>, Const<24194>, Const<24195>, Const<24196>, Const<24197>, Const<24198>, Const<24199>, Const<24200>, Const<24201>, Const<24202>, Const<24203>, Const<24204>, Const<24205>, Const<24206>, Const<24207>),
        (Const<24208>, Const<24209>, Const<24210>, Const<24211>, Const<24212>, Const<24213>, Const<24214>, Const<24215>, Const<24216>, Const<24217>, Const<24218>, Const<24219>, Const<24220>, Const<24221>, Const<24222>, Const<24223>),
        (Const<24224>, Const<24225>, Const<24226>, Const<24227>, Const<24228>, Const<24229>, Const<24230>, Const<24231>, Const<24232>, Const<24233>, Const<24234>, Const<24235>, Const<24236>, Const<24237>, Const<24238>, Const<24239>),
        (Const<24240>, Const<24241>, Const<24242>, Const<24243>, Const<24244>, Const<24245>, Const<24246>, Const<24247>, Const<24248>, Const<24249>, Const<24250>, Const<24251>, Const<24252>, Const<24253>, Const<24254>, Const<24255>),
        (Const<24256>, Const<24257>, Const<24258>, Const<24259>, Const<24260>, Const<24261>, Const<24262>, Const<24263>, Const<24264>, Const<24265>, Const<24266>, Const<24267>, Const<24268>, Const<24269>, Const<24270>, Const<24271>),
        (Const<24272>, Const<24273>, Const<24274>, Const<24275>, Const<24276>, Const<24277>, Const<24278>, Const<24279>, Const<24280>, Const<24281>, Const<24282>, Const<24283>, Const<24284>, Const<24285>, Const<24286>, Const<24287>),
        (Const<24288>, Const<24289>, Const<24290>, Const<24291>, Const<24292>, Const<24293>, Const<24294>, Const<24295>, Const<24296>, Const<24297>, Const<24298>, Const<24299>, Const<24300>, Const<24301>, Const<24302>, Const<24303>),
        (Const<24304>, Const<24305>, Const<24306>, Const<24307>, Const<24308>, Const<24309>, Const<24310>, Const<24311>, Const<24312>, Const<24313>, Const<24314>, Const<24315>, Const<24316>, Const<24317>, Const<24318>, Const<24319>),
    );
}

impl Row for typenum::consts::U95 {
    type Cols = (
        (Const<24320>, Const<24321>, Const<24322>, Const<24323>, Const<24324>, Const<24325>, Const<24326>, Const<24327>, Const<24328>, Const<24329>, Const<24330>, Const<24331>, Const<24332>, Const<24333>, Const<24334>, Const<24335>),
        (Const<24336>, Const<24337>, Const<24338>, Const<24339>, Const<24340>, Const<24341>, Const<24342>, Const<24343>, Const<24344>, Const<24345>, Const<24346>, Const<24347>, Const<24348>, Const<24349>, Const<24350>, Const<24351>),
        (Const<24352>, Const<24353>, Const<24354>, Const<24355>, Const<24356>, Const<24357>, Const<24358>, Const<24359>, Const<24360>, Const<24361>, Const<24362>, Const<24363>, Const<24364>, Const<24365>, Const<24366>, Const<24367>),
        (Const<24368>, Const<24369>, Const<24370>, Const<24371>, Const<24372>, Const<24373>, Const<24374>, Const<24375>, Const<24376>, Const<24377>, Const<24378>, Const<24379>, Const<24380>, Const<24381>, Const<24382>, Const<24383>),
        (Const<24384>, Const<24385>, Const<24386>, Const<24387>, Const<24388>, Const<24389>, Const<24390>, Const<24391>, Const<24392>, Const<24393>, Const<24394>, Const<24395>, Const<24396>, Const<24397>, Const<24398>, Const<24399>),
        (Const<24400>, Const<24401>, Const<24402>, Const<24403>, Const<24404>, Const<24405>, Const<24406>, Const<24407>, Const<24408>, Const<24409>, Const<24410>, Const<24411>, Const<24412>, Const<24413>, Const<24414>, Const<24415>),
        (Const<24416>, Const<24417>, Const<24418>, Const<24419>, Const<24420>, Const<24421>, Const<24422>, Const<24423>, Const<24424>, Const<24425>, Const<24426>, Const<24427>, Const<24428>, Const<24429>, Const<24430>, Const<24431>),
        (Const<24432>, Const<24433>, Const<24434>, Const<24435>, Const<24436>, Const<24437>, Const<24438>, Const<24439>, Const<24440>, Const<24441>, Const<24442>, Const<24443>, Const<24444>, Const<24445>, Const<24446>, Const<24447>),
        (Const<24448>, Const<24449>, Const<24450>, Const<24451>, Const<24452>, Const<24453>, Const<24454>, Const<24455>, Const<24456>, Const<24457>, Const<24458>, Const<24459>, Const<24460>, Const<24461>, Const<24462>, Const<24463>),
        (Const<24464>, Const<24465>, Const<24466>, Const<24467>, Const<24468>, Const<24469>, Const<24470>, Const<24471>, Const<24472>, Const<24473>, Const<24474>, Const<24475>, Const<24476>, Const<24477>, Const<24478>, Const<24479>),
        (Const<24480>, Const<24481>, Const<24482>, Const<24483>, Const<24484>, Const<24485>, Const<24486>, Const<24487>, Const<24488>, Const<24489>, Const<24490>, Const<24491>, Const<24492>, Const<24493>, Const<24494>, Const<24495>),
        (Const<24496>, Const<24497>, Const<24498>, Const<24499>, Const<24500>, Const<24501>, Const<24502>, Const<24503>, Const<24504>, Const<24505>, Const<24506>, Const<24507>, Const<24508>, Const<24509>, Const<24510>, Const<24511>),
        (Const<24512>, Const<24513>, Const<24514>, Const<24515>, Const<24516>, Const<24517>, Const<24518>, Const<24519>, Const<24520>, Const<24521>, Const<24522>, Const<24523>, Const<24524>, Const<24525>, Const<24526>, Const<24527>),
        (Const<24528>, Const<24529>, Const<24530>, Const<24531>, Const<24532>, Const<24533>, Const<24534>, Const<24535>, Const<24536>, Const<24537>, Const<24538>, Const<24539>, Const<24540>, Const<24541>, Const<24542>, Const<24543>),
        (Const<24544>, Const<24545>, Const<24546>, Const<24547>, Const<24548>, Const<24549>, Const<24550>, Const<24551>, Const<24552>, Const<24553>, Const<24554>, Const<24555>, Const<24556>, Const<24557>, Const<24558>, Const<24559>),
        (Const<24560>, Const<24561>, Const<24562>, Const<24563>, Const<24564>, Const<24565>, Const<24566>, Const<24567>, Const<24568>, Const<24569>, Const<24570>, Const<24571>, Const<24572>, Const<24573>, Const<24574>, Const<24575>),
    );
}

impl Row for typenum::consts::U96 {
    type Cols = (
        (Const<24576>, Const<24577>, Const<24578>, Const<24579>, Const<24580>, Const<24581>, Const<24582>, Const<24583>, Const<24584>, Const<24585>, Const<24586>, Const<24587>, Const<24588>, Const<24589>, Const<24590>, Const<24591>),
        (Const<24592>, Const<24593>, Const<24594>, Const<24595>, Const<24596>, Const<24597>, Const<24598>, Const<24599>, Const<24600>, Const<24601>, Const<24602>, Const<24603>, Const<24604>, Const<24605>, Const<24606>, Const<24607>),
        (Const<24608>, Const<24609>, Const<24610>, Const<24611>, Const<24612>, Const<24613>, Const<24614>, Const<24615>, Const<24616>, Const<24617>, Const<24618>, Const<24619>, Const<24620>, Const<24621>, Const<24622>, Const<24623>),
        (Const<24624>, Const<24625>, Const<24626>, Const<24627>, Const<24628>, Const<24629>, Const<24630>, Const<24631>, Const<24632>, Const<24633>, Const<24634>, Const<24635>, Const<24636>, Const<24637>, Const<24638>, Const<24639>),
        (Const<24640>, Const<24641>, Const<24642>, Const<24643>, Const<24644>, Const<24645>, Const<24646>, Const<24647>, Const<24648>, Const<24649>, Const<24650>, Const<24651>, Const<24652>, Const<24653>, Const<24654>, Const<24655>),
        (Const<24656>, Const<24657>, Const<24658>, Const<24659>, Const<24660>, Const<24661>, Const<24662>, Const<24663>, Const<24664>, Const<24665>, Const<24666>, Const<24667>, Const<24668>, Const<24669>, Const<24670>, Const<24671>),
        (Const<24672>, Const<24673>, Const<24674>, Const<24675>, Const<24676>, Const<24677>, Const<24678>, Const<24679>, Const<24680>, Const<24681>, Const<24682>, Const<24683>, Const<24684>, Const<24685>, Const<24686>, Const<24687>),
        (Const<24688>, Const<24689>, Const<24690>, Const<24691>, Const<24692>, Const<24693>, Const<24694>, Const<24695>, Const<24696>, Const<24697>, Const<24698>, Const<24699>, Const<24700>, Const<24701>, Const<24702>, Const<24703>),
        (Const<24704>, Const<24705>, Const<24706>, Const<24707>, Const<24708>, Const<24709>, Const<24710>, Const<24711>, Const<24712>, Const<24713>, Const<24714>, Const<24715>, Const<24716>, Const<24717>, Const<24718>, Const<24719>),
        (Const<24720>, Const<24721>, Const<24722>, Const<24723>, Const<24724>, Const<24725>, Const<24726>, Const<24727>, Const<24728>, Const<24729>, Const<24730>, Const<24731>, Const<24732>, Const<24733>, Const<24734>, Const<24735>),
        (Const<24736>, Const<24737>, Const<24738>, Const<24739>, Const<24740>, Const<24741>, Const<24742>, Const<24743>, Const<24744>, Const<24745>, Const<24746>, Const<24747>, Const<24748>, Const<24749>, Const<24750>, Const<24751>),
        (Const<24752>, Const<24753>, Const<24754>, Const<24755>, Const<24756>, Const<24757>, Const<24758>, Const<24759>, Const<24760>, Const<24761>, Const<24762>, Const<24763>, Const<24764>, Const<24765>, Const<24766>, Const<24767>),
        (Const<24768>, Const<24769>, Const<24770>, Const<24771>, Const<24772>, Const<24773>, Const<24774>, Const<24775>, Const<24776>, Const<24777>, Const<24778>, Const<24779>, Const<24780>, Const<24781>, Const<24782>, Const<24783>),
        (Const<24784>, Const<24785>, Const<24786>, Const<24787>, Const<24788>, Const<24789>, Const<24790>, Const<24791>, Const<24792>, Const<24793>, Const<24794>, Const<24795>, Const<24796>, Const<24797>, Const<24798>, Const<24799>),
        (Const<24800>, Const<24801>, Const<24802>, Const<24803>, Const<24804>, Const<24805>, Const<24806>, Const<24807>, Const<24808>, Const<24809>, Const<24810>, Const<24811>, Const<24812>, Const<24813>, Const<24814>, Const<24815>),
        (Const<24816>, Const<24817>, Const<24818>, Const<24819>, Const<24820>, Const<24821>, Const<24822>, Const<24823>, Const<24824>, Const<24825>, Const<24826>, Const<24827>, Const<24828>, Const<24829>, Const<24830>, Const<24831>),
    );
}

impl Row for typenum::consts::U97 {
    type Cols = (
        (Const<24832>, Const<24833>, Const<24834>, Const<24835>, Const<24836>, Const<24837>, Const<24838>, Const<24839>, Const<24840>, Const<24841>, Const<24842>, Const<24843>, Const<24844>, Const<24845>, Const<24846>, Const<24847>),
        (Const<24848>, Const<24849>, Const<24850>, Const<24851>, Const<24852>, Const<24853>, Const<24854>, Const<24855>, Const<24856>, Const<24857>, Const<24858>, Const<24859>, Const<24860>, Const<24861>, Const<24862>, Const<24863>),
        (Const<24864>, Const<24865>, Const<24866>, Const<24867>, Const<24868>, Const<24869>, Const<24870>, Const<24871>, Const<24872>, Const<24873>, Const<24874>, Const<24875>, Const<24876>, Const<24877>, Const<24878>, Const<24879>),
        (Const<24880>, Const<24881>, Const<24882>, Const<24883>, Const<24884>, Const<24885>, Const<24886>, Const<24887>, Const<24888>, Const<24889>, Const<24890>, Const<24891>, Const<24892>, Const<24893>, Const<24894>, Const<24895>),
        (Const<24896>, Const<24897>, Const<24898>, Const<24899>, Const<24900>, Const<24901>, Const<24902>, Const<24903>, Const<24904>, Const<24905>, Const<24906>, Const<24907>, Const<24908>, Const<24909>, Const<24910>, Const<24911>),
        (Const<24912>, Const<24913>, Const<24914>, Const<24915>, Const<24916>, Const<24917>, Const<24918>, Const<24919>, Const<24920>, Const<24921>, Const<24922>, Const<24923>, Const<24924>, Const<24925>, Const<24926>, Const<24927>),
        (Const<24928>, Const<24929>, Const<24930>, Const<24931>, Const<24932>, Const<24933>, Const<24934>, Const<24935>, Const<24936>, Const<24937>, Const<24938>, Const<24939>, Const<24940>, Const<24941>, Const<24942>, Const<24943>),
        (Const<24944>, Const<24945>, Const<24946>, Const<24947>, Const<24948>, Const<24949>, Const<24950>, Const<24951>, Const<24952>, Const<24953>, Const<24954>, Const<24955>, Const<24956>, Const<24957>, Const<24958>, Const<24959>),
        (Const<24960>, Const<24961>, Const<24962>, Const<24963>, Const<24964>, Const<24965>, Const<24966>, Const<24967>, Const<24968>, Const<24969>, Const<24970>, Const<24971>, Const<24972>, Const<24973>, Const<24974>, Const<24975>),
        (Const<24976>, Const<24977>, Const<24978>, Const<24979>, Const<24980>, Const<24981>, Const<24982>, Const<24983>, Const<24984>, Const<24985>, Const<24986>, Const<24987>, Const<24988>, Const<24989>, Const<24990>, Const<24991>),
        (Const<24992>, Const<24993>, Const<24994>, Const<24995>, Const<24996>, Const<24997>, Const<24998>, Const<24999>, Const<25000>, Const<25001>, Const<25002>, Const<25003>, Const<25004>, Const<25005>, Const<25006>, Const<25007>),
        (Const<25008>, Const<25009>, Const<25010>, Const<25011>, Const<25012>, Const<25013>, Const<25014>, Const<25015>, Const<25016>, Const<25017>, Const<25018>, Const<25019>, Const<25020>, Const<25021>, Const<25022>, Const<25023>),
        (Const<25024>, Const<25025>, Const<25026>, Const<25027>, Const<25028>, Const<25029>, Const<25030>, Const<25031>, Const<25032>, Const<25033>, Const<25034>, Const<25035>, Const<25036>, Const<25037>, Const<25038>, Const<25039>),
        (Const<25040>, Const<25041>, Const<25042>, Const<25043>, Const<25044>, Const<25045>, Const<25046>, Const<25047>, Const<25048>, Const<25049>, Const<25050>, Const<25051>, Const<25052>, Const<25053>, Const<25054>, Const<25055>),
        (Const<25056>, Const<25057>, Const<25058>, Const<25059>, Const<25060>, Const<25061>, Const<25062>, Const<25063>, Const<25064>, Const<25065>, Const<25066>, Const<25067>, Const<25068>, Const<25069>, Const<25070>, Const<25071>),
        (Const<25072>, Const<25073>, Const<25074>, Const<25075>, Const<25076>, Const<25077>, Const<25078>, Const<25079>, Const<25080>, Const<25081>, Const<25082>, Const<25083>, Const<25084>, Const<25085>, Const<25086>, Const<25087>),
    );
}

impl Row for typenum::consts::U98 {
    type Cols = (
        (Const<25088>, Const<25089>, Const<25090>, Const<25091>, Const<25092>, Const<25093>, Const<25094>, Const<25095>, Const<25096>, Const<25097>, Const<25098>, Const<25099>, Const<25100>, Const<25101>, Const<25102>, Const<25103>),
        (Const<25104>, Const<25105>, Const<25106>, Const<25107>, Const<25108>, Const<25109>, Const<25110>, Const<25111>, Const<25112>, Const<25113>, Const<25114>, Const<25115>, Const<25116>, Const<25117>, Const<25118>, Const<25119>),
        (Const<25120>, Const<25121>, Const<25122>, Const<25123>, Const<25124>, Const<25125>, Const<25126>, Const<25127>, Const<25128>, Const<25129>, Const<25130>, Const<25131>, Const<25132>, Const<25133>, Const<25134>, Const<25135>),
        (Const<25136>, Const<25137>, Const<25138>, Const<25139>, Const<25140>, Const<25141>, Const<25142>, Const<25143>, Const<25144>, Const<25145>, Const<25146>, Const<25147>, Const<25148>, Const<25149>, Const<25150>, Const<25151>),
        (Const<25152>, Const<25153>, Const<25154>, Const<25155>, Const<25156>, Const<25157>, Const<25158>, Const<25159>, Const<25160>, Const<25161>, Const<25162>, Const<25163>, Const<25164>, Const<25165>, Const<25166>, Const<25167>),
        (Const<25168>, Const<25169>, Const<25170>, Const<25171>, Const<25172>, Const<25173>, Const<25174>, Const<25175>, Const<25176>, Const<25177>, Const<25178>, Const<25179>, Const<25180>, Const<25181>, Const<25182>, Const<25183>),
        (Const<25184>, Const<25185>, Const<25186>, Const<25187>, Const<25188>, Const<25189>, Const<25190>, Const<25191>, Const<25192>, Const<25193>, Const<25194>, Const<25195>, Const<25196>, Const<25197>, Const<25198>, Const<25199>),
        (Const<25200>, Const<25201>, Const<25202>, Const<25203>, Const<25204>, Const<25205>, Const<25206>, Const<25207>, Const<25208>, Const<25209>, Const<25210>, Const<25211>, Const<25212>, Const<25213>, Const<25214>, Const<25215>),
        (Const<25216>, Const<25217>, Const<25218>, Const<25219>, Const<25220>, Const<25221>, Const<25222>, Const<25223>, Const<25224>, Const<25225>, Const<25226>, Const<25227>, Const<25228>, Const<25229>, Const<25230>, Const<25231>),
        (Const<25232>, Const<25233>, Const<25234>, Const<25235>, Const<25236>, Const<25237>, Const<25238>, Const<25239>, Const<25240>, Const<25241>, Const<25242>, Const<25243>, Const<25244>, Const<25245>, Const<25246>, Const<25247>),
        (Const<25248>, Const<25249>, Const<25250>, Const<25251>, Const<25252>, Const<25253>, Const<25254>, Const<25255>, Const<25256>, Const<25257>, Const<25258>, Const<25259>, Const<25260>, Const<25261>, Const<25262>, Const<25263>),
        (Const<25264>, Const<25265>, Const<25266>, Const<25267>, Const<25268>, Const<25269>, Const<25270>, Const<25271>, Const<25272>, Const<25273>, Const<25274>, Const<25275>, Const<25276>, Const<25277>, Const<25278>, Const<25279>),
        (Const<25280>, Const<25281>, Const<25282>, Const<25283>, Const<25284>, Const<25285>, Const<25286>, Const<25287>, Const<25288>, Const<25289>, Const<25290>, Const<25291>, Const<25292>, Const<25293>, Const<25294>, Const<25295>),
        (Const<25296>, Const<25297>, Const<25298>, Const<25299>, Const<25300>, Const<25301>, Const<25302>, Const<25303>, Const<25304>, Const<25305>, Const<25306>, Const<25307>, Const<25308>, Const<25309>, Const<25310>, Const<25311>),
        (Const<25312>, Const<25313>, Const<25314>, Const<25315>, Const<25316>, Const<25317>, Const<25318>, Const<25319>, Const<25320>, Const<25321>, Const<25322>, Const<25323>, Const<25324>, Const<25325>, Const<25326>, Const<25327>),
        (Const<25328>, Const<25329>, Const<25330>, Const<25331>, Const<25332>, Const<25333>, Const<25334>, Const<25335>, Const<25336>, Const<25337>, Const<25338>, Const<25339>, Const<25340>, Const<25341>, Const<25342>, Const<25343>),
    );
}

impl Row for typenum::consts::U99 {
    type Cols = (
        (Const<25344>, Const<25345>, Const<25346>, Const<25347>, Const<25348>, Const<25349>, Const<25350>, Const<25351>, Const<25352>, Const<25353>, Const<25354>, Const<25355>, Const<25356>, Const<25357>, Const<25358>, Const<25359>),
        (Const<25360>, Const<25361>, Const<25362>, Const<25363>, Const<25364>, Const<25365>, Const<25366>, Const<25367>, Const<25368>, Const<25369>, Const<25370>, Const<25371>, Const<25372>, Const<25373>, Const<25374>, Const<25375>),
        (Const<25376>, Const<25377>, Const<25378>, Const<25379>, Const<25380>, Const<25381>, Const<25382>, Const<25383>, Const<25384>, Const<25385>, Const<25386>, Const<25387>, Const<25388>, Const<25389>, Const<25390>, Const<25391>),
        (Const<25392>, Const<25393>, Const<25394>, Const<25395>, Const<25396>, Const<25397>, Const<25398>, Const<25399>, Const<25400>, Const<25401>, Const<25402>, Const<25403>, Const<25404>, Const<25405>, Const<25406>, Const<25407>),
        (Const<25408>, Const<25409>, Const<25410>, Const<25411>, Const<25412>, Const<25413>, Const<25414>, Const<25415>, Const<25416>, Const<25417>, Const<25418>, Const<25419>, Const<25420>, Const<25421>, Const<25422>, Const<25423>),
        (Const<25424>, Const<25425>, Const<25426>, Const<25427>, Const<25428>, Const<25429>, Const<25430>, Const<25431>, Const<25432>, Const<25433>, Const<25434>, Const<25435>, Const<25436>, Const<25437>, Const<25438>, Const<25439>),
        (Const<25440>, Const<25441>, Const<25442>, Const<25443>, Const<25444>, Const<25445>, Const<25446>, Const<25447>, Const<25448>, Const<25449>, Const<25450>, Const<25451>, Const<25452>, Const<25453>, Const<25454>, Const<25455>),
        (Const<25456>, Const<25457>, Const<25458>, Const<25459>, Const<25460>, Const<25461>, Const<25462>, Const<25463>, Const<25464>, Const<25465>, Const<25466>, Const<25467>, Const<25468>, Const<25469>, Const<25470>, Const<25471>),
        (Const<25472>, Const<25473>, Const<25474>, Const<25475>, Const<25476>, Const<25477>, Const<25478>, Const<25479>, Const<25480>, Const<25481>, Const<25482>, Const<25483>, Const<25484>, Const<25485>, Const<25486>, Const<25487>),
        (Const<25488>, Const<25489>, Const<25490>, Const<25491>, Const<25492>, Const<25493>, Const<25494>, Const<25495>, Const<25496>, Const<25497>, Const<25498>, Const<25499>, Const<25500>, Const<25501>, Const<25502>, Const<25503>),
        (Const<25504>, Const<25505>, Const<25506>, Const<25507>, Const<25508>, Const<25509>, Const<25510>, Const<25511>, Const<25512>, Const<25513>, Const<25514>, Const<25515>, Const<25516>, Const<25517>, Const<25518>, Const<25519>),
        (Const<25520>, Const<25521>, Const<25522>, Const<25523>, Const<25524>, Const<25525>, Const<25526>, Const<25527>, Const<25528>, Const<25529>, Const<25530>, Const<25531>, Const<25532>, Const<25533>, Const<25534>, Const<25535>),
        (Const<25536>, Const<25537>, Const<25538>, Const<25539>, Const<25540>, Const<25541>, Const<25542>, Const<25543>, Const<25544>, Const<25545>, Const<25546>, Const<25547>, Const<25548>, Const<25549>, Const<25550>, Const<25551>),
        (Const<25552>, Const<25553>, Const<25554>, Const<25555>, Const<25556>, Const<25557>, Const<25558>, Const<25559>, Const<25560>, Const<25561>, Const<25562>, Const<25563>, Const<25564>, Const<25565>, Const<25566>, Const<25567>),
        (Const<25568>, Const<25569>, Const<25570>, Const<25571>, Const<25572>, Const<25573>, Const<25574>, Const<25575>, Const<25576>, Const<25577>, Const<25578>, Const<25579>, Const<25580>, Const<25581>, Const<25582>, Const<25583>),
        (Const<25584>, Const<25585>, Const<25586>, Const<25587>, Const<25588>, Const<25589>, Const<25590>, Const<25591>, Const<25592>, Const<25593>, Const<25594>, Const<25595>, Const<25596>, Const<25597>, Const<25598>, Const<25599>),
    );
}

impl Row for typenum::consts::U100 {
    type Cols = (
        (Const<25600>, Const<25601>, Const<25602>, Const<25603>, Const<25604>, Const<25605>, Const<25606>, Const<25607>, Const<25608>, Const<25609>, Const<25610>, Const<25611>, Const<25612>, Const<25613>, Const<25614>, Const<25615>),
        (Const<25616>, Const<25617>, Const<25618>, Const<25619>, Const<25620>, Const<25621>, Const<25622>, Const<25623>, Const<25624>, Const<25625>, Const<25626>, Const<25627>, Const<25628>, Const<25629>, Const<25630>, Const<25631>),
        (Const<25632>, Const<25633>, Const<25634>, Const<25635>, Const<25636>, Const<25637>, Const<25638>, Const<25639>, Const<25640>, Const<25641>, Const<25642>, Const<25643>, Const<25644>, Const<25645>, Const<25646>, Const<25647>),
        (Const<25648>, Const<25649>, Const<25650>, Const<25651>, Const<25652>, Const<25653>, Const<25654>, Const<25655>, Const<25656>, Const<25657>, Const<25658>, Const<25659>, Const<25660>, Const<25661>, Const<25662>, Const<25663>),
        (Const<25664>, Const<25665>, Const<25666>, Const<25667>, Const<25668>, Const<25669>, Const<25670>, Const<25671>, Const<25672>, Const<25673>, Const<25674>, Const<25675>, Const<25676>, Const<25677>, Const<25678>, Const<25679>),
        (Const<25680>, Const<25681>, Const<25682>, Const<25683>, Const<25684>, Const<25685>, Const<25686>, Const<25687>, Const<25688>, Const<25689>, Const<25690>, Const<25691>, Const<25692>, Const<25693>, Const<25694>, Const<25695>),
        (Const<25696>, Const<25697>, Const<25698>, Const<25699>, Const<25700>, Const<25701>, Const<25702>, Const<25703>, Const<25704>, Const<25705>, Const<25706>, Const<25707>, Const<25708>, Const<25709>, Const<25710>, Const<25711>),
        (Const<25712>, Const<25713>, Const<25714>, Const<25715>, Const<25716>, Const<25717>, Const<25718>, Const<25719>, Const<25720>, Const<25721>, Const<25722>, Const<25723>, Const<25724>, Const<25725>, Const<25726>, Const<25727>),
        (Const<25728>, Const<25729>, Const<25730>, Const<25731>, Const<25732>, Const<25733>, Const<25734>, Const<25735>, Const<25736>, Const<25737>, Const<25738>, Const<25739>, Const<25740>, Const<25741>, Const<25742>, Const<25743>),
        (Const<25744>, Const<25745>, Const<25746>, Const<25747>, Const<25748>, Const<25749>, Const<25750>, Const<25751>, Const<25752>, Const<25753>, Const<25754>, Const<25755>, Const<25756>, Const<25757>, Const<25758>, Const<25759>),
        (Const<25760>, Const<25761>, Const<25762>, Const<25763>, Const<25764>, Const<25765>, Const<25766>, Const<25767>, Const<25768>, Const<25769>, Const<25770>, Const<25771>, Const<25772>, Const<25773>, Const<25774>, Const<25775>),
        (Const<25776>, Const<25777>, Const<25778>, Const<25779>, Const<25780>, Const<25781>, Const<25782>, Const<25783>, Const<25784>, Const<25785>, Const<25786>, Const<25787>, Const<25788>, Const<25789>, Const<25790>, Const<25791>),
        (Const<25792>, Const<25793>, Const<25794>, Const<25795>, Const<25796>, Const<25797>, Const<25798>, Const<25799>, Const<25800>, Const<25801>, Const<25802>, Const<25803>, Const<25804>, Const<25805>, Const<25806>, Const<25807>),
        (Const<25808>, Const<25809>, Const<25810>, Const<25811>, Const<25812>, Const<25813>, Const<25814>, Const<25815>, Const<25816>, Const<25817>, Const<25818>, Const<25819>, Const<25820>, Const<25821>, Const<25822>, Const<25823>),
        (Const<25824>, Const<25825>, Const<25826>, Const<25827>, Const<25828>, Const<25829>, Const<25830>, Const<25831>, Const<25832>, Const<25833>, Const<25834>, Const<25835>, Const<25836>, Const<25837>, Const<25838>, Const<25839>),
        (Const<25840>, Const<25841>, Const<25842>, Const<25843>, Const<25844>, Const<25845>, Const<25846>, Const<25847>, Const<25848>, Const<25849>, Const<25850>, Const<25851>, Const<25852>, Const<25853>, Const<25854>, Const<25855>),
    );
}

impl Row for typenum::consts::U101 {
    type Cols = (
        (Const<25856>, Const<25857>, Const<25858>, Const<25859>, Const<25860>, Const<25861>, Const<25862>, Const<25863>, Const<25864>, Const<25865>, Const<25866>, Const<25867>, Const<25868>, Const<25869>, Const<25870>, Const<25871>),
        (Const<25872>, Const<25873>, Const<25874>, Const<25875>, Const<25876>, Const<25877>, Const<25878>, Const<25879>, Const<25880>, Const<25881>, Const<25882>, Const<25883>, Const<25884>, Const<25885>, Const<25886>, Const<25887>),
        (Const<25888>, Const<25889>, Const<25890>, Const<25891>, Const<25892>, Const<25893>, Const<25894>, Const<25895>, Const<25896>, Const<25897>, Const<25898>, Const<25899>, Const<25900>, Const<25901>, Const<25902>, Const<25903>),
        (Const<25904>, Const<25905>, Const<25906>, Const<25907>, Const<25908>, Const<25909>, Const<25910>, Const<25911>, Const<25912>, Const<25913>, Const<25914>, Const<25915>, Const<25916>, Const<25917>, Const<25918>, Const<25919>),
        (Const<25920>, Const<25921>, Const<25922>, Const<25923>, Const<25924>, Const<25925>, Const<25926>, Const<25927>, Const<25928>, Const<25929>, Const<25930>, Const<25931>, Const<25932>, Const<25933>, Const<25934>, Const<25935>),
        (Const<25936>, Const<25937>, Const<25938>, Const<25939>, Const<25940>, Const<25941>, Const<25942>, Const<25943>, Const<25944>, Const<25945>, Const<25946>, Const<25947>, Const<25948>, Const<25949>, Const<25950>, Const<25951>),
        (Const<25952>, Const<25953>, Const<25954>, Const<25955>, Const<25956>, Const<25957>, Const<25958>, Const<25959>, Const<25960>, Const<25961>, Const<25962>, Const<25963>, Const<25964>, Const<25965>, Const<25966>, Const<25967>),
        (Const<25968>, Const<25969>, Const<25970>, Const<25971>, Const<25972>, Const<25973>, Const<25974>, Const<25975>, Const<25976>, Const<25977>, Const<25978>, Const<25979>, Const<25980>, Const<25981>, Const<25982>, Const<25983>),
        (Const<25984>, Const<25985>, Const<25986>, Const<25987>, Const<25988>, Const<25989>, Const<25990>, Const<25991>, Const<25992>, Const<25993>, Const<25994>, Const<25995>, Const<25996>, Const<25997>, Const<25998>, Const<25999>),
        (Const<26000>, Const<26001>, Const<26002>, Const<26003>, Const<26004>, Const<26005>, Const<26006>, Const<26007>, Const<26008>, Const<26009>, Const<26010>, Const<26011>, Const<26012>, Const<26013>, Const<26014>, Const<26015>),
        (Const<26016>, Const<26017>, Const<26018>, Const<26019>, Const<26020>, Const<26021>, Const<26022>, Const<26023>, Const<26024>, Const<26025>, Const<26026>, Const<26027>, Const<26028>, Const<26029>, Const<26030>, Const<26031>),
        (Const<26032>, Const<26033>, Const<26034>, Const<26035>, Const<26036>, Const<26037>, Const<26038>, Const<26039>, Const<26040>, Const<26041>, Const<26042>, Const<26043>, Const<26044>, Const<26045>, Const<26046>, Const<26047>),
        (Const<26048>, Const<26049>, Const<26050>, Const<26051>, Const<26052>, Const<26053>, Const<26054>, Const<26055>, Const<26056>, Const<26057>, Const<26058>, Const<26059>, Const<26060>, Const<26061>, Const<26062>, Const<26063>),
        (Const<26064>, Const<26065>, Const<26066>, Const<26067>, Const<26068>, Const<26069>, Const<26070>, Const<26071>, Const<26072>, Const<26073>, Const<26074>, Const<26075>, Const<26076>, Const<26077>, Const<26078>, Const<26079>),
        (Const<26080>, Const<26081>, Const<26082>, Const<26083>, Const<26084>, Const<26085>, Const<26086>, Const<26087>, Const<26088>, Const<26089>, Const<26090>, Const<26091>, Const<26092>, Const<26093>, Const<26094>, Const<26095>),
        (Const<26096>, Const<26097>, Const<26098>, Const<26099>, Const<26100>, Const<26101>, Const<26102>, Const<26103>, Const<26104>, Const<26105>, Const<26106>, Const<26107>, Const<26108>, Const<26109>, Const<26110>, Const<26111>),
    );
}

impl Row for typenum::consts::U102 {
    type Cols = (
        (Const<26112>, Const<26113>, Const<26114>, Const<26115>, Const<26116>, Const<26117>, Const<26118>, Const<26119>, Const<26120>, Const<26121>, Const<26122>, Const<26123>, Const<26124>, Const<26125>, Const<26126>, Const<26127>),
        (Const<26128>, Const<26129>, Const<26130>, Const<26131>, Const<26132>, Const<26133>, Const<26134>, Const<26135>, Const<26136>, Const<26137>, Const<26138>, Const<26139>, Const<26140>, Const<26141>, Const<26142>, Const<26143>),
        (Const<26144>, Const<26145>, Const<26146>, Const<26147>, Const<26148>, Const<26149>, Const<26150>, Const<26151>, Const<26152>, Const<26153>, Const<26154>, Const<26155>, Const<26156>, Const<26157>, Const<26158>, Const<26159>),
        (Const<26160>, Const<26161>, Const<26162>, Const<26163>, Const<26164>, Const<26165>, Const<26166>, Const<26167>, Const<26168>, Const<26169>, Const<26170>, Const<26171>, Const<26172>, Const<26173>, Const<26174>, Const<26175>),
        (Const<26176>, Const<26177>, Const<26178>, Const<26179>, Const<26180>, Const<26181>, Const<26182>, Const<26183>, Const<26184>, Const<26185>, Const<26186>, Const<26187>, Const<26188>, Const<26189>, Const<26190>, Const<26191>),
        (Const<26192>, Const<26193>, Const<26194>, Const<26195>, Const<26196>, Const<26197>, Const<26198>, Const<26199>, Const<26200>, Const<26201>, Const<26202>, Const<26203>, Const<26204>, Const<26205>, Const<26206>, Const<26207>),
        (Const<26208>, Const<26209>, Const<26210>, Const<26211>, Const<26212>, Const<26213>, Const<26214>, Const<26215>, Const<26216>, Const<26217>, Const<26218>, Const<26219>, Const<26220>, Const<26221>, Const<26222>, Const<26223>),
        (Const<26224>, Const<26225>, Const<26226>, Const<26227>, Const<26228>, Const<26229>, Const<26230>, Const<26231>, Const<26232>, Const<26233>, Const<26234>, Const<26235>, Const<26236>, Const<26237>, Const<26238>, Const<26239>),
        (Const<26240>, Const<26241>, Const<26242>, Const<26243>, Const<26244>, Const<26245>, Const<26246>, Const<26247>, Const<26248>, Const<26249>, Const<26250>, Const<26251>, Const<26252>, Const<26253>, Const<26254>, Const<26255>),
        (Const<26256>, Const<26257>, Const<26258>, Const<26259>, Const<26260>, Const<26261>, Const<26262>, Const<26263>, Const<26264>, Const<26265>, Const<26266>, Const<26267>, Const<26268>, Const<26269>, Const<26270>, Const<26271>),
        (Const<26272>, Const<26273>, Const<26274>, Const<26275>, Const<26276>, Const<26277>, Const<26278>, Const<26279>, Const<26280>, Const<26281>, Const<26282>, Const<26283>, Const<26284>, Const<26285>, Const<26286>, Const<26287>),
        (Const<26288>, Const<26289>, Const<26290>, Const<26291>, Const<26292>, Const<26293>, Const<26294>, Const<26295>, Const<26296>, Const<26297>, Const<26298>, Const<26299>, Const<26300>, Const<26301>, Const<26302>, Const<26303>),
        (Const<26304>, Const<26305>, Const<26306>, Const<26307>, Const<26308>, Const<26309>, Const<26310>, Const<26311>, Const<26312>, Const<26313>, Const<26314>, Const<26315>, Const<26316>, Const<26317>, Const<26318>, Const<26319>),
        (Const<26320>, Const<26321>, Const<26322>, Const<26323>, Const<26324>, Const<26325>, Const<26326>, Const<26327>, Const<26328>, Const<26329>, Const<26330>, Const<26331>, Const<26332>, Const<26333>, Const<26334>, Const<26335>),
        (Const<26336>, Const<26337>, Const<26338>, Const<26339>, Const<26340>, Const<26341>, Const<26342>, Const<26343>, Const<26344>, Const<26345>, Const<26346>, Const<26347>, Const<26348>, Const<26349>, Const<26350>, Const<26351>),
        (Const<26352>, Const<26353>, Const<26354>, Const<26355>, Const<26356>, Const<26357>, Const<26358>, Const<26359>, Const<26360>, Const<26361>, Const<26362>, Const<26363>, Const<26364>, Const<26365>, Const<26366>, Const<26367>),
    );
}

impl Row for typenum::consts::U103 {
    type Cols = (
        (Const<26368>, Const<26369>, Const<26370>, Const<26371>, Const<26372>, Const<26373>, Const<26374>, Const<26375>, Const<26376>, Const<26377>, Const<26378>, Const<26379>, Const<26380>, Const<26381>, Const<26382>, Const<26383>),
        (Const<26384>, Const<26385>, Const<26386>, Const<26387>, Const<26388>, Const<26389>, Const<26390>, Const<26391>, Const<26392>, Const<26393>, Const<26394>, Const<26395>, Const<26396>, Const<26397>, Const<26398>, Const<26399>),
        (Const<26400>, Const<26401>, Const<26402>, Const<26403>, Const<26404>, Const<26405>, Const<26406>, Const<26407>, Const<26408>, Const<26409>, Const<26410>, Const<26411>, Const<26412>, Const<26413>, Const<26414>, Const<26415>),
        (Const<26416>, Const<26417>, Const<26418>, Const<26419>, Const<26420>, Const<26421>, Const<26422>, Const<26423>, Const<26424>, Const<26425>, Const<26426>, Const<26427>, Const<26428>, Const<26429>, Const<26430>, Const<26431>),
        (Const<26432>, Const<26433>, Const<26434>, Const<26435>, Const<26436>, Const<26437>, Const<26438>, Const<26439>, Const<26440>, Const<26441>, Const<26442>, Const<26443>, Const<26444>, Const<26445>, Const<26446>, Const<26447>),
        (Const<26448>, Const<26449>, Const<26450>, Const<26451>, Const<26452>, Const<26453>, Const<26454>, Const<26455>, Const<26456>, Const<26457>, Const<26458>, Const<26459>, Const<26460>, Const<26461>, Const<26462>, Const<26463>),
        (Const<26464>, Const<26465>, Const<26466>, Const<26467>, Const<26468>, Const<26469>, Const<26470>, Const<26471>, Const<26472>, Const<26473>, Const<26474>, Const<26475>, Const<26476>, Const<26477>, Const<26478>, Const<26479>),
        (Const<26480>, Const<26481>, Const<26482>, Const<26483>, Const<26484>, Const<26485>, Const<26486>, Const<26487>, Const<26488>, Const<26489>, Const<26490>, Const<26491>, Const<26492>, Const<26493>, Const<26494>, Const<26495>),
        (Const<26496>, Const<26497>, Const<26498>, Const<26499>, Const<26500>, Const<26501>, Const<26502>, Const<26503>, Const<26504>, Const<26505>, Const<26506>, Const<26507>, Const<26508>, Const<26509>, Const<26510>, Const<26511>),
        (Const<26512>, Const<26513>, Const<26514>, Const<26515>, Const<26516>, Const<26517>, Const<26518>, Const<26519>, Const<26520>, Const<26521>, Const<26522>, Const<26523>, Const<26524>, Const<26525>, Const<26526>, Const<26527>),
        (Const<26528>, Const<26529>, Const<26530>, Const<26531>, Const<26532>, Const<26533>, Const<26534>, Const<26535>, Const<26536>, Const<26537>, Const<26538>, Const<26539>, Const<26540>, Const<26541>, Const<26542>, Const<26543>),
        (Const<26544>, Const<26545>, Const<26546>, Const<26547>, Const<26548>, Const<26549>, Const<26550>, Const<26551>, Const<26552>, Const<26553>, Const<26554>, Const<26555>, Const<26556>, Const<26557>, Const<26558>, Const<26559>),
        (Const<26560>, Const<26561>, Const<26562>, Const<26563>, Const<26564>, Const<26565>, Const<26566>, Const<26567>, Const<26568>, Const<26569>, Const<26570>, Const<26571>, Const<26572>, Const<26573>, Const<26574>, Const<26575>),
        (Const<26576>, Const<26577>, Const<26578>, Const<26579>, Const<26580>, Const<26581>, Const<26582>, Const<26583>, Const<26584>, Const<26585>, Const<26586>, Const<26587>, Const<26588>, Const<26589>, Const<26590>, Const<26591>),
        (Const<26592>, Const<26593>, Const<26594>, Const<26595>, Const<26596>, Const<26597>, Const<26598>, Const<26599>, Const<26600>, Const<26601>, Const<26602>, Const<26603>, Const<26604>, Const<26605>, Const<26606>, Const<26607>),
        (Const<26608>, Const<26609>, Const<26610>, Const<26611>, Const<26612>, Const<26613>, Const<26614>, Const<26615>, Const<26616>, Const<26617>, Const<26618>, Const<26619>, Const<26620>, Const<26621>, Const<26622>, Const<26623>),
    );
}

impl Row for typenum::consts::U104 {
    type Cols = (
        (Const<26624>, Const<26625>, Const<26626>, Const<26627>, Const<26628>, Const<26629>, Const<26630>, Const<26631>, Const<26632>, Const<26633>, Const<26634>, Const<26635>, Const<26636>, Const<26637>, Const<26638>, Const<26639>),
        (Const<26640>, Const<26641>, Const<26642>, Const<26643>, Const<26644>, Const<26645>, Const<26646>, Const<26647>, Const<26648>, Const<26649>, Const<26650>, Const<26651>, Const<26652>, Const<26653>, Const<26654>, Const<26655>),
        (Const<26656>, Const<26657>, Const<26658>, Const<26659>, Const<26660>, Const<26661>, Const<26662>, Const<26663>, Const<26664>, Const<26665>, Const<26666>, Const<26667>, Const<26668>, Const<26669>, Const<26670>, Const<26671>),
        (Const<26672>, Const<26673>, Const<26674>, Const<26675>, Const<26676>, Const<26677>, Const<26678>, Const<26679>, Const<26680>, Const<26681>, Const<26682>, Const<26683>, Const<26684>, Const<26685>, Const<26686>, Const<26687>),
        (Const<26688>, Const<26689>, Const<26690>, Const<26691>, Const<26692>, Const<26693>, Const<26694>, Const<26695>, Const<26696>, Const<26697>, Const<26698>, Const<26699>, Const<26700>, Const<26701>, Const<26702>, Const<26703>),
        (Const<26704>, Const<26705>, Const<26706>, Const<26707>, Const<26708>, Const<26709>, Const<26710>, Const<26711>, Const<26712>, Const<26713>, Const<26714>, Const<26715>, Const<26716>, Const<26717>, Const<26718>, Const<26719>),
        (Const<26720>, Const<26721>, Const<26722>, Const<26723>, Const<26724>, Const<26725>, Const<26726>, Const<26727>, Const<26728>, Const<26729>, Const<26730>, Const<26731>, Const<26732>, Const<26733>, Const<26734>, Const<26735>),
        (Const<26736>, Const<26737>, Const<26738>, Const<26739>, Const<26740>, Const<26741>, Const<26742>, Const<26743>, Const<26744>, Const<26745>, Const<26746>, Const<26747>, Const<26748>, Const<26749>, Const<26750>, Const<26751>),
        (Const<26752>, Const<26753>, Const<26754>, Const<26755>, Const<26756>, Const<26757>, Const<26758>, Const<26759>, Const<26760>, Const<26761>, Const<26762>, Const<26763>, Const<26764>, Const<26765>, Const<26766>, Const<26767>),
        (Const<26768>, Const<26769>, Const<26770>, Const<26771>, Const<26772>, Const<26773>, Const<26774>, Const<26775>, Const<26776>, Const<26777>, Const<26778>, Const<26779>, Const<26780>, Const<26781>, Const<26782>, Const<26783>),
        (Const<26784>, Const<26785>, Const<26786>, Const<26787>, Const<26788>, Const<26789>, Const<26790>, Const<26791>, Const<26792>, Const<26793>, Const<26794>, Const<26795>, Const<26796>, Const<26797>, Const<26798>, Const<26799>),
        (Const<26800>, Const<26801>, Const<26802>, Const<26803>, Const<26804>, Const<26805>, Const<26806>, Const<26807>, Const<26808>, Const<26809>, Const<26810>, Const<26811>, Const<26812>, Const<26813>, Const<26814>, Const<26815>),
        (Const<26816>, Const<26817>, Const<26818>, Const<26819>, Const<26820>, Const<26821>, Const<26822>, Const<26823>, Const<26824>, Const<26825>, Const<26826>, Const<26827>, Const<26828>, Const<26829>, Const<26830>, Const<26831>),
        (Const<26832>, Const<26833>, Const<26834>, Const<26835>, Const<26836>, Const<26837>, Const<26838>, Const<26839>, Const<26840>, Const<26841>, Const<26842>, Const<26843>, Const<26844>, Const<26845>, Const<26846>, Const<26847>),
        (Const<26848>, Const<26849>, Const<26850>, Const<26851>, Const<26852>, Const<26853>, Const<26854>, Const<26855>, Const<26856>, Const<26857>, Const<26858>, Const<26859>, Const<26860>, Const<26861>, Const<26862>, Const<26863>),
        (Const<26864>, Const<26865>, Const<26866>, Const<26867>, Const<26868>, Const<26869>, Const<26870>, Const<26871>, Const<26872>, Const<26873>, Const<26874>, Const<26875>, Const<26876>, Const<26877>, Const<26878>, Const<26879>),
    );
}

impl Row for typenum::consts::U105 {
    type Cols = (
        (Const<26880>, Const<26881>, Const<26882>, Const<26883>, Const<26884>, Const<26885>, Const<26886>, Const<26887>, Const<26888>, Const<26889>, Const<26890>, Const<26891>, Const<26892>, Const<26893>, Const<26894>, Const<26895>),
        (Const<26896>, Const<26897>, Const<26898>, Const<26899>, Const<26900>, Const<26901>, Const<26902>, Const<26903>, Const<26904>, Const<26905>, Const<26906>, Const<26907>, Const<26908>, Const<26909>, Const<26910>, Const<26911>),
        (Const<26912>, Const<26913>, Const<26914>, Const<26915>, Const<26916>, Const<26917>, Const<26918>, Const<26919>, Const<26920>, Const<26921>, Const<26922>, Const<26923>, Const<26924>, Const<26925>, Const<26926>, Const<26927>),
        (Const<26928>, Const<26929>, Const<26930>, Const<26931>, Const<26932>, Const<26933>, Const<26934>, Const<26935>, Const<26936>, Const<26937>, Const<26938>, Const<26939>, Const<26940>, Const<26941>, Const<26942>, Const<26943>),
        (Const<26944>, Const<26945>, Const<26946>, Const<26947>, Const<26948>, Const<26949>, Const<26950>, Const<26951>, Const<26952>, Const<26953>, Const<26954>, Const<26955>, Const<26956>, Const<26957>, Const<26958>, Const<26959>),
        (Const<26960>, Const<26961>, Const<26962>, Const<26963>, Const<26964>, Const<26965>, Const<26966>, Const<26967>, Const<26968>, Const<26969>, Const<26970>, Const<26971>, Const<26972>, Const<26973>, Const<26974>, Const<26975>),
        (Const<26976>, Const<26977>, Const<26978>, Const<26979>, Const<26980>, Const<26981>, Const<26982>, Const<26983>, Const<26984>, Const<26985>, Const<26986>, Const<26987>, Const<26988>, Const<26989>, Const<26990>, Const<26991>),
        (Const<26992>, Const<26993>, Const<26994>, Const<26995>, Const<26996>, Const<26997>, Const<26998>, Const<26999>, Const<27000>, Const<27001>, Const<27002>, Const<27003>, Const<27004>, Const<27005>, Const<27006>, Const<27007>),
        (Const<27008>, Const<27009>, Const<27010>, Const<27011>, Const<27012>, Const<27013>, Const<27014>, Const<27015>, Const<27016>, Const<27017>, Const<27018>, Const<27019>, Const<27020>, Const<27021>, Const<27022>, Const<27023>),
        (Const<27024>, Const<27025>, Const<27026>, Const<27027>, Const<27028>, Const<27029>, Const<27030>, Const<27031>, Const<27032>, Const<27033>, Const<27034>, Const<27035>, Const<27036>, Const<27037>, Const<27038>, Const<27039>),
        (Const<27040>, Const<27041>, Const<27042>, Const<27043>, Const<27044>, Const<27045>, Const<27046>, Const<27047>, Const<27048>, Const<27049>, Const<27050>, Const<27051>, Const<27052>, Const<27053>, Const<27054>, Const<27055>),
        (Const<27056>, Const<27057>, Const<27058>, Const<27059>, Const<27060>, Const<27061>, Const<27062>, Const<27063>, Const<27064>, Const<27065>, Const<27066>, Const<27067>, Const<27068>, Const<27069>, Const<27070>, Const<27071>),
        (Const<27072>, Const<27073>, Const<27074>, Const<27075>, Const<27076>, Const<27077>, Const<27078>, Const<27079>, Const<27080>, Const<27081>, Const<27082>, Const<27083>, Const<27084>, Const<27085>, Const<27086>, Const<27087>),
        (Const<27088>, Const<27089>, Const<27090>, Const<27091>, Const<27092>, Const<27093>, Const<27094>, Const<27095>, Const<27096>, Const<27097>, Const<27098>, Const<27099>, Const<27100>, Const<27101>, Const<27102>, Const<27103>),
        (Const<27104>, Const<27105>, Const<27106>, Const<27107>, Const<27108>, Const<27109>, Const<27110>, Const<27111>, Const<27112>, Const<27113>, Const<27114>, Const<27115>, Const<27116>, Const<27117>, Const<27118>, Const<27119>),
        (Const<27120>, Const<27121>, Const<27122>, Const<27123>, Const<27124>, Const<27125>, Const<27126>, Const<27127>, Const<27128>, Const<27129>, Const<27130>, Const<27131>, Const<27132>, Const<27133>, Const<27134>, Const<27135>),
    );
}

impl Row for typenum::consts::U106 {
    type Cols = (
        (Const<27136>, Const<27137>, Const<27138>, Const<27139>, Const<27140>, Const<27141>, Const<27142>, Const<27143>, Const<27144>, Const<27145>, Const<27146>, Const<27147>, Const<27148>, Const<27149>, Const<27150>, Const<27151>),
        (Const<27152>, Const<27153>, Const<27154>, Const<27155>, Const<27156>, Const<27157>, Const<27158>, Const<27159>, Const<27160>, Const<27161>, Const<27162>, Const<27163>, Const<27164>, Const<27165>, Const<27166>, Const<27167>),
        (Const<27168>, Const<27169>, Const<27170>, Const<27171>, Const<27172>, Const<27173>, Const<27174>, Const<27175>, Const<27176>, Const<27177>, Const<27178>, Const<27179>, Const<27180>, Const<27181>, Const<27182>, Const<27183>),
        (Const<27184>, Const<27185>, Const<27186>, Const<27187>, Const<27188>, Const<27189>, Const<27190>, Const<27191>, Const<27192>, Const<27193>, Const<27194>, Const<27195>, Const<27196>, Const<27197>, Const<27198>, Const<27199>),
        (Const<27200>, Const<27201>, Const<27202>, Const<27203>, Const<27204>, Const<27205>, Const<27206>, Const<27207>, Const<27208>, Const<27209>, Const<27210>, Const<27211>, Const<27212>, Const<27213>, Const<27214>, Const<27215>),
        (Const<27216>, Const<27217>, Const<27218>, Const<27219>, Const<27220>, Const<27221>, Const<27222>, Const<27223>, Const<27224>, Const<27225>, Const<27226>, Const<27227>, Const<27228>, Const<27229>, Const<27230>, Const<27231>),
        (Const<27232>, Const<27233>, Const<27234>, Const<27235>, Const<27236>, Const<27237>, Const<27238>, Const<27239>, Const<27240>, Const<27241>, Const<27242>, Const<27243>, Const<27244>, Const<27245>, Const<27246>, Const<27247>),
        (Const<27248>, Const<27249>, Const<27250>, Const<27251>, Const<27252>, Const<27253>, Const<27254>, Const<27255>, Const<27256>, Const<27257>, Const<27258>, Const<27259>, Const<27260>, Const<27261>, Const<27262>, Const<27263>),
        (Const<27264>, Const<27265>, Const<27266>, Const<27267>, Const<27268>, Const<27269>, Const<27270>, Const<27271>, Const<27272>, Const<27273>, Const<27274>, Const<27275>, Const<27276>, Const<27277>, Const<27278>, Const<27279>),
        (Const<27280>, Const<27281>, Const<27282>, Const<27283>, Const<27284>, Const<27285>, Const<27286>, Const<27287>, Const<27288>, Const<27289>, Const<27290>, Const<27291>, Const<27292>, Const<27293>, Const<27294>, Const<27295>),
        (Const<27296>, Const<27297>, Const<27298>, Const<27299>, Const<27300>, Const<27301>, Const<27302>, Const<27303>, Const<27304>, Const<27305>, Const<27306>, Const<27307>, Const<27308>, Const<27309>, Const<27310>, Const<27311>),
        (Const<27312>, Const<27313>, Const<27314>, Const<27315>, Const<27316>, Const<27317>, Const<27318>, Const<27319>, Const<27320>, Const<27321>, Const<27322>, Const<27323>, Const<27324>, Const<27325>, Const<27326>, Const<27327>),
        (Const<27328>, Const<27329>, Const<27330>, Const<27331>, Const<27332>, Const<27333>, Const<27334>, Const<27335>, Const<27336>, Const<27337>, Const<27338>, Const<27339>, Const<27340>, Const<27341>, Const<27342>, Const<27343>),
        (Const<27344>, Const<27345>, Const<27346>, Const<27347>, Const<27348>, Const<27349>, Const<27350>, Const<27351>, Const<27352>, Const<27353>, Const<27354>, Const<27355>, Const<27356>, Const<27357>, Const<27358>, Const<27359>),
        (Const<27360>, Const<27361>, Const<27362>, Const<27363>, Const<27364>, Const<27365>, Const<27366>, Const<27367>, Const<27368>, Const<27369>, Const<27370>, Const<27371>, Const<27372>, Const<27373>, Const<27374>, Const<27375>),
        (Const<27376>, Const<27377>, Const<27378>, Const<27379>, Const<27380>, Const<27381>, Const<27382>, Const<27383>, Const<27384>, Const<27385>, Const<27386>, Const<27387>, Const<27388>, Const<27389>, Const<27390>, Const<27391>),
    );
}

impl Row for typenum::consts::U107 {
    type Cols = (
        (Const<27392>, Const<27393>, Const<27394>, Const<27395>, Const<27396>, Const<27397>, Const<27398>, Const<27399>, Const<27400>, Const<27401>, Const<27402>, Const<27403>, Const<27404>, Const<27405>, Const<27406>, Const<27407>),
        (Const<27408>, Const<27409>, Const<27410>, Const<27411>, Const<27412>, Const<27413>, Const<27414>, Const<27415>, Const<27416>, Const<27417>, Const<27418>, Const<27419>, Const<27420>, Const<27421>, Const<27422>, Const<27423>),
        (Const<27424>, Const<27425>, Const<27426>, Const<27427>, Const<27428>, Const<27429>, Const<27430>, Const<27431>, Const<27432>, Const<27433>, Const<27434>, Const<27435>, Const<27436>, Const<27437>, Const<27438>, Const<27439>),
        (Const<27440>, Const<27441>, Const<27442>, Const<27443>, Const<27444>, Const<27445>, Const<27446>, Const<27447>, Const<27448>, Const<27449>, Const<27450>, Const<27451>, Const<27452>, Const<27453>, Const<27454>, Const<27455>),
        (Const<27456>, Const<27457>, Const<27458>, Const<27459>, Const<27460>, Const<27461>, Const<27462>, Const<27463>, Const<27464>, Const<27465>, Const<27466>, Const<27467>, Const<27468>, Const<27469>, Const<27470>, Const<27471>),
        (Const<27472>, Const<27473>, Const<27474>, Const<27475>, Const<27476>, Const<27477>, Const<27478>, Const<27479>, Const<27480>, Const<27481>, Const<27482>, Const<27483>, Const<27484>, Const<27485>, Const<27486>, Const<27487>),
        (Const<27488>, Const<27489>, Const<27490>, Const<27491>, Const<27492>, Const<27493>, Const<27494>, Const<27495>, Const<27496>, Const<27497>, Const<27498>, Const<27499>, Const<27500>, Const<27501>, Const<27502>, Const<27503>),
        (Const<27504>, Const<27505>, Const<27506>, Const<27507>, Const<27508>, Const<27509>, Const<27510>, Const<27511>, Const<27512>, Const<27513>, Const<27514>, Const<27515>, Const<27516>, Const<27517>, Const<27518>, Const<27519>),
        (Const<27520>, Const<27521>, Const<27522>, Const<27523>, Const<27524>, Const<27525>, Const<27526>, Const<27527>, Const<27528>, Const<27529>, Const<27530>, Const<27531>, Const<27532>, Const<27533>, Const<27534>, Const<27535>),
        (Const<27536>, Const<27537>, Const<27538>, Const<27539>, Const<27540>, Const<27541>, Const<27542>, Const<27543>, Const<27544>, Const<27545>, Const<27546>, Const<27547>, Const<27548>, Const<27549>, Const<27550>, Const<27551>),
        (Const<27552>, Const<27553>, Const<27554>, Const<27555>, Const<27556>, Const<27557>, Const<27558>, Const<27559>, Const<27560>, Const<27561>, Const<27562>, Const<27563>, Const<27564>, Const<27565>, Const<27566>, Const<27567>),
        (Const<27568>, Const<27569>, Const<27570>, Const<27571>, Const<27572>, Const<27573>, Const<27574>, Const<27575>, Const<27576>, Const<27577>, Const<27578>, Const<27579>, Const<27580>, Const<27581>, Const<27582>, Const<27583>),
        (Const<27584>, Const<27585>, Const<27586>, Const<27587>, Const<27588>, Const<27589>, Const<27590>, Const<27591>, Const<27592>, Const<27593>, Const<27594>, Const<27595>, Const<27596>, Const<27597>, Const<27598>, Const<27599>),
        (Const<27600>, Const<27601>, Const<27602>, Const<27603>, Const<27604>, Const<27605>, Const<27606>, Const<27607>, Const<27608>, Const<27609>, Const<27610>, Const<27611>, Const<27612>, Const<27613>, Const<27614>, Const<27615>),
        (Const<27616>, Const<27617>, Const<27618>, Const<27619>, Const<27620>, Const<27621>, Const<27622>, Const<27623>, Const<27624>, Const<27625>, Const<27626>, Const<27627>, Const<27628>, Const<27629>, Const<27630>, Const<27631>),
        (Const<27632>, Const<27633>, Const<27634>, Const<27635>, Const<27636>, Const<27637>, Const<27638>, Const<27639>, Const<27640>, Const<27641>, Const<27642>, Const<27643>, Const<27644>, Const<27645>, Const<27646>, Const<27647>),
    );
}

impl Row for typenum::consts::U108 {
    type Cols = (
        (Const<27648>, Const<27649>, Const<27650>, Const<27651>, Const<27652>, Const<27653>, Const<27654>, Const<27655>, Const<27656>, Const<27657>, Const<27658>, Const<27659>, Const<27660>, Const<27661>, Const<27662>, Const<27663>),
        (Const<27664>, Const<27665>, Const<27666>, Const<27667>, Const<27668>, Const<27669>, Const<27670>, Const<27671>, Const<27672>, Const<27673>, Const<27674>, Const<27675>, Const<27676>, Const<27677>, Const<27678>, Const<27679>),
        (Const<27680>, Const<27681>, Const<27682>, Const<27683>, Const<27684>, Const<27685>, Const<27686>, Const<27687>, Const<27688>, Const<27689>, Const<27690>, Const<27691>, Const<27692>, Const<27693>, Const<27694>, Const<27695>),
        (Const<27696>, Const<27697>, Const<27698>, Const<27699>, Const<27700>, Const<27701>, Const<27702>, Const<27703>, Const<27704>, Const<27705>, Const<27706>, Const<27707>, Const<27708>, Const<27709>, Const<27710>, Const<27711>),
        (Const<27712>, Const<27713>, Const<27714>, Const<27715>, Const<27716>, Const<27717>, Const<27718>, Const<27719>, Const<27720>, Const<27721>, Const<27722>, Const<27723>, Const<27724>, Const<27725>, Const<27726>, Const<27727>),
        (Const<27728>, Const<27729>, Const<27730>, Const<27731>, Const<27732>, Const<27733>, Const<27734>, Const<27735>, Const<27736>, Const<27737>, Const<27738>, Const<27739>, Const<27740>, Const<27741>, Const<27742>, Const<27743>),
        (Const<27744>, Const<27745>, Const<27746>, Const<27747>, Const<27748>, Const<27749>, Const<27750>, Const<27751>, Const<27752>, Const<27753>, Const<27754>, Const<27755>, Const<27756>, Const<27757>, Const<27758>, Const<27759>),
        (Const<27760>, Const<27761>, Const<27762>, Const<27763>, Const<27764>, Const<27765>, Const<27766>, Const<27767>, Const<27768>, Const<27769>, Const<27770>, Const<27771>, Const<27772>, Const<27773>, Const<27774>, Const<27775>),
        (Const<27776>, Const<27777>, Const<27778>, Const<27779>, Const<27780>, Const<27781>, Const<27782>, Const<27783>, Const<27784>, Const<27785>, Const<27786>, Const<27787>, Const<27788>, Const<27789>, Const<27790>, Const<27791>),
        (Const<27792>, Const<27793>, Const<27794>, Const<27795>, Const<27796>, Const<27797>, Const<27798>, Const<27799>, Const<27800>, Const<27801>, Const<27802>, Const<27803>, Const<27804>, Const<27805>, Const<27806>, Const<27807>),
        (Const<27808>, Const<27809>, Const<27810>, Const<27811>, Const<27812>, Const<27813>, Const<27814>, Const<27815>, Const<27816>, Const<27817>, Const<27818>, Const<27819>, Const<27820>, Const<27821>, Const<27822>, Const<27823>),
        (Const<27824>, Const<27825>, Const<27826>, Const<27827>, Const<27828>, Const<27829>, Const<27830>, Const<27831>, Const<27832>, Const<27833>, Const<27834>, Const<27835>, Const<27836>, Const<27837>, Const<27838>, Const<27839>),
        (Const<27840>, Const<27841>, Const<27842>, Const<27843>, Const<27844>, Const<27845>, Const<27846>, Const<27847>, Const<27848>, Const<27849>, Const<27850>, Const<27851>, Const<27852>, Const<27853>, Const<27854>, Const<27855>),
        (Const<27856>, Const<27857>, Const<27858>, Const<27859>, Const<27860>, Const<27861>, Const<27862>, Const<27863>, Const<27864>, Const<27865>, Const<27866>, Const<27867>, Const<27868>, Const<27869>, Const<27870>, Const<27871>),
        (Const<27872>, Const<27873>, Const<27874>, Const<27875>, Const<27876>, Const<27877>, Const<27878>, Const<27879>, Const<27880>, Const<27881>, Const<27882>, Const<27883>, Const<27884>, Const<27885>, Const<27886>, Const<27887>),
        (Const<27888>, Const<27889>, Const<27890>, Const<27891>, Const<27892>, Const<27893>, Const<27894>, Const<27895>, Const<27896>, Const<27897>, Const<27898>, Const<27899>, Const<27900>, Const<27901>, Const<27902>, Const<27903>),
    );
}

impl Row for typenum::consts::U109 {
    type Cols = (
        (Const<27904>, Const<27905>, Const<27906>, Const<27907>, Const<27908>, Const<27909>, Const<27910>, Const<27911>, Const<27912>, Const<27913>, Const<27914>, Const<27915>, Const<27916>, Const<27917>, Const<27918>, Const<27919>),
        (Const<27920>, Const<27921>, Const<27922>, Const<27923>, Const<27924>, Const<27925>, Const<27926>, Const<27927>, Const<27928>, Const<27929>, Const<27930>, Const<27931>, Const<27932>, Const<27933>, Const<27934>, Const<27935>),
        (Const<27936>, Const<27937>, Const<27938>, Const<27939>, Const<27940>, Const<27941>, Const<27942>, Const<27943>, Const<27944>, Const<27945>, Const<27946>, Const<27947>, Const<27948>, Const<27949>, Const<27950>, Const<27951>),
        (Const<27952>, Const<27953>, Const<27954>, Const<27955>, Const<27956>, Const<27957>, Const<27958>, Const<27959>, Const<27960>, Const<27961>, Const<27962>, Const<27963>, Const<27964>, Const<27965>, Const<27966>, Const<27967>),
        (Const<27968>, Const<27969>, Const<27970>, Const<27971>, Const<27972>, Const<27973>, Const<27974>, Const<27975>, Const<27976>, Const<27977>, Const<27978>, Const<27979>, Const<27980>, Const<27981>, Const<27982>, Const<27983>),
        (Const<27984>, Const<27985>, Const<27986>, Const<27987>, Const<27988>, Const<27989>, Const<27990>, Const<27991>, Const<27992>, Const<27993>, Const<27994>, Const<27995>, Const<27996>, Const<27997>, Const<27998>, Const<27999>),
        (Const<28000>, Const<28001>, Const<28002>, Const<28003>, Const<28004>, Const<28005>, Const<28006>, Const<28007>, Const<28008>, Const<28009>, Const<28010>, Const<28011>, Const<28012>, Const<28013>, Const<28014>, Const<28015>),
        (Const<28016>, Const<28017>, Const<28018>, Const<28019>, Const<28020>, Const<28021>, Const<28022>, Const<28023>, Const<28024>, Const<28025>, Const<28026>, Const<28027>, Const<28028>, Const<28029>, Const<28030>, Const<28031>),
        (Const<28032>, Const<28033>, Const<28034>, Const<28035>, Const<28036>, Const<28037>, Const<28038>, Const<28039>, Const<28040>, Const<28041>, Const<28042>, Const<28043>, Const<28044>, Const<28045>, Const<28046>, Const<28047>),
        (Const<28048>, Const<28049>, Const<28050>, Const<28051>, Const<28052>, Const<28053>, Const<28054>, Const<28055>, Const<28056>, Const<28057>, Const<28058>, Const<28059>, Const<28060>, Const<28061>, Const<28062>, Const<28063>),
        (Const<28064>, Const<28065>, Const<28066>, Const<28067>, Const<28068>, Const<28069>, Const<28070>, Const<28071>, Const<28072>, Const<28073>, Const<28074>, Const<28075>, Const<28076>, Const<28077>, Const<28078>, Const<28079>),
        (Const<28080>, Const<28081>, Const<28082>, Const<28083>, Const<28084>, Const<28085>, Const<28086>, Const<28087>, Const<28088>, Const<28089>, Const<28090>, Const<28091>, Const<28092>, Const<28093>, Const<28094>, Const<28095>),
        (Const<28096>, Const<28097>, Const<28098>, Const<28099>, Const<28100>, Const<28101>, Const<28102>, Const<28103>, Const<28104>, Const<28105>, Const<28106>, Const<28107>, Const<28108>, Const<28109>, Const<28110>, Const<28111>),
        (Const<28112>, Const<28113>, Const<28114>, Const<28115>, Const<28116>, Const<28117>, Const<28118>, Const<28119>, Const<28120>, Const<28121>, Const<28122>, Const<28123>, Const<28124>, Const<28125>, Const<28126>, Const<28127>),
        (Const<28128>, Const<28129>, Const<28130>, Const<28131>, Const<28132>, Const<28133>, Const<28134>, Const<28135>, Const<28136>, Const<28137>, Const<28138>, Const<28139>, Const<28140>, Const<28141>, Const<28142>, Const<28143>),
        (Const<28144>, Const<28145>, Const<28146>, Const<28147>, Const<28148>, Const<28149>, Const<28150>, Const<28151>, Const<28152>, Const<28153>, Const<28154>, Const<28155>, Const<28156>, Const<28157>, Const<28158>, Const<28159>),
    );
}

impl Row for typenum::consts::U110 {
    type Cols = (
        (Const<28160>, Const<28161>, Const<28162>, Const<28163>, Const<28164>, Const<28165>, Const<28166>, Const<28167>, Const<28168>, Const<28169>, Const<28170>, Const<28171>, Const<28172>, Const<28173>, Const<28174>, Const<28175>),
        (Const<28176>, Const<28177>, Const<28178>, Const<28179>, Const<28180>, Const<28181>, Const<28182>, Const<28183>, Const<28184>, Const<28185>, Const<28186>, Const<28187>, Const<28188>, Const<28189>, Const<28190>, Const<28191>),
        (Const<28192>, Const<28193>, Const<28194>, Const<28195>, Const<28196>, Const<28197>, Const<28198>, Const<28199>, Const<28200>, Const<28201>, Const<28202>, Const<28203>, Const<28204>, Const<28205>, Const<28206>, Const<28207>),
        (Const<28208>, Const<28209>, Const<28210>, Const<28211>, Const<28212>, Const<28213>, Const<28214>, Const<28215>, Const<28216>, Const<28217>, Const<28218>, Const<28219>, Const<28220>, Const<28221>, Const<28222>, Const<28223>),
        (Const<28224>, Const<28225>, Const<28226>, Const<28227>, Const<28228>, Const<28229>, Const<28230>, Const<28231>, Const<28232>, Const<28233>, Const<28234>, Const<28235>, Const<28236>, Const<28237>, Const<28238>, Const<28239>),
        (Const<28240>, Const<28241>, Const<28242>, Const<28243>, Const<28244>, Const<28245>, Const<28246>, Const<28247>, Const<28248>, Const<28249>, Const<28250>, Const<28251>, Const<28252>, Const<28253>, Const<28254>, Const<28255>),
        (Const<28256>, Const<28257>, Const<28258>, Const<28259>, Const<28260>, Const<28261>, Const<28262>, Const<28263>, Const<28264>, Const<28265>, Const<28266>, Const<28267>, Const<28268>, Const<28269>, Const<28270>, Const<28271>),
        (Const<28272>, Const<28273>, Const<28274>, Const<28275>, Const<28276>, Const<28277>, Const<28278>, Const<28279>, Const<28280>, Const<28281>, Const<28282>, Const<28283>, Const<28284>, Const<28285>, Const<28286>, Const<28287>),
        (Const<28288>, Const<28289>, Const<28290>, Const<28291>, Const<28292>, Const<28293>, Const<28294>, Const<28295>, Const<28296>, Const<28297>, Const<28298>, Const<28299>, Const<28300>, Const<28301>, Const<28302>, Const<28303>),
        (Const<28304>, Const<28305>, Const<28306>, Const<28307>, Const<28308>, Const<28309>, Const<28310>, Const<28311>, Const<28312>, Const<28313>, Const<28314>, Const<28315>, Const<28316>, Const<28317>, Const<28318>, Const<28319>),
        (Const<28320>, Const<28321>, Const<28322>, Const<28323>, Const<28324>, Const<28325>, Const<28326>, Const<28327>, Const<28328>, Const<28329>, Const<28330>, Const<28331>, Const<28332>, Const<28333>, Const<28334>, Const<28335>),
        (Const<28336>, Const<28337>, Const<28338>, Const<28339>, Const<28340>, Const<28341>, Const<28342>, Const<28343>, Const<28344>, Const<28345>, Const<28346>, Const<28347>, Const<28348>, Const<28349>, Const<28350>, Const<28351>),
        (Const<28352>, Const<28353>, Const<28354>, Const<28355>, Const<28356>, Const<28357>, Const<28358>, Const<28359>, Const<28360>, Const<28361>, Const<28362>, Const<28363>, Const<28364>, Const<28365>, Const<28366>, Const<28367>),
        (Const<28368>, Const<28369>, Const<28370>, Const<28371>, Const<28372>, Const<28373>, Const<28374>, Const<28375>, Const<28376>, Const<28377>, Const<28378>, Const<28379>, Const<28380>, Const<28381>, Const<28382>, Const<28383>),
        (Const<28384>, Const<28385>, Const<28386>, Const<28387>, Const<28388>, Const<28389>, Const<28390>, Const<28391>, Const<28392>, Const<28393>, Const<28394>, Const<28395>, Const<28396>, Const<28397>, Const<28398>, Const<28399>),
        (Const<28400>, Const<28401>, Const<28402>, Const<28403>, Const<28404>, Const<28405>, Const<28406>, Const<28407>, Const<28408>, Const<28409>, Const<28410>, Const<28411>, Const<28412>, Const<28413>, Const<28414>, Const<28415>),
    );
}

impl Row for typenum::consts::U111 {
    type Cols = (
        (Const<28416>, Const<28417>, Const<28418>, Const<28419>, Const<28420>, Const<28421>, Const<28422>, Const<28423>, Const<28424>, Const<28425>, Const<28426>, Const<28427>, Const<28428>, Const<28429>, Const<28430>, Const<28431>),
        (Const<28432>, Const<28433>, Const<28434>, Const<28435>, Const<28436>, Const<28437>, Const<28438>, Const<28439>, Const<28440>, Const<28441>, Const<28442>, Const<28443>, Const<28444>, Const<28445>, Const<28446>, Const<28447>),
        (Const<28448>, Const<28449>, Const<28450>, Const<28451>, Const<28452>, Const<28453>, Const<28454>, Const<28455>, Const<28456>, Const<28457>, Const<28458>, Const<28459>, Const<28460>, Const<28461>, Const<28462>, Const<28463>),
        (Const<28464>, Const<28465>, Const<28466>, Const<28467>, Const<28468>, Const<28469>, Const<28470>, Const<28471>, Const<28472>, Const<28473>, Const<28474>, Const<28475>, Const<28476>, Const<28477>, Const<28478>, Const<28479>),
        (Const<28480>, Const<28481>, Const<28482>, Const<28483>, Const<28484>, Const<28485>, Const<28486>, Const<28487>, Const<28488>, Const<28489>, Const<28490>, Const<28491>, Const<28492>, Const<28493>, Const<28494>, Const<28495>),
        (Const<28496>, Const<28497>, Const<28498>, Const<28499>, Const<28500>, Const<28501>, Const<28502>, Const<28503>, Const<28504>, Const<28505>, Const<28506>, Const<28507>, Const<28508>, Const<28509>, Const<28510>, Const<28511>),
        (Const<28512>, Const<28513>, Const<28514>, Const<28515>, Const<28516>, Const<28517>, Const<28518>, Const<28519>, Const<28520>, Const<28521>, Const<28522>, Const<28523>, Const<28524>, Const<28525>, Const<28526>, Const<28527>),
        (Const<28528>, Const<28529>, Const<28530>, Const<28531>, Const<28532>, Const<28533>, Const<28534>, Const<28535>, Const<28536>, Const<28537>, Const<28538>, Const<28539>, Const<28540>, Const<28541>, Const<28542>, Const<28543>),
        (Const<28544>, Const<28545>, Const<28546>, Const<28547>, Const<28548>, Const<28549>, Const<28550>, Const<28551>, Const<28552>, Const<28553>, Const<28554>, Const<28555>, Const<28556>, Const<28557>, Const<28558>, Const<28559>),
        (Const<28560>, Const<28561>, Const<28562>, Const<28563>, Const<28564>, Const<28565>, Const<28566>, Const<28567>, Const<28568>, Const<28569>, Const<28570>, Const<28571>, Const<28572>, Const<28573>, Const<28574>, Const<28575>),
        (Const<28576>, Const<28577>, Const<28578>, Const<28579>, Const<28580>, Const<28581>, Const<28582>, Const<28583>, Const<28584>, Const<28585>, Const<28586>, Const<28587>, Const<28588>, Const<28589>, Const<28590>, Const<28591>),
        (Const<28592>, Const<28593>, Const<28594>, Const<28595>, Const<28596>, Const<28597>, Const<28598>, Const<28599>, Const<28600>, Const<28601>, Const<28602>, Const<28603>, Const<28604>, Const<28605>, Const<28606>, Const<28607>),
        (Const<28608>, Const<28609>, Const<28610>, Const<28611>, Const<28612>, Const<28613>, Const<28614>, Const<28615>, Const<28616>, Const<28617>, Const<28618>, Const<28619>, Const<28620>, Const<28621>, Const<28622>, Const<28623>),
        (Const<28624>, Const<28625>, Const<28626>, Const<28627>, Const<28628>, Const<28629>, Const<28630>, Const<28631>, Const<28632>, Const<28633>, Const<28634>, Const<28635>, Const<28636>, Const<28637>, Const<28638>, Const<28639>),
        (Const<28640>, Const<28641>, Const<28642>, Const<28643>, Const<28644>, Const<28645>, Const<28646>, Const<28647>, Const<28648>, Const<28649>, Const<28650>, Const<28651>, Const<28652>, Const<28653>, Const<28654>, Const<28655>),
        (Const<28656>, Const<28657>, Const<28658>, Const<28659>, Const<28660>, Const<28661>, Const<28662>, Const<28663>, Const<28664>, Const<28665>, Const<28666>, Const<28667>, Const<28668>, Const<28669>, Const<28670>, Const<28671>),
    );
}

impl Row for typenum::consts::U112 {
    type Cols = (
        (Const<28672>, Const<28673>, Const<28674>, Const<28675>, Const<28676>, Const<28677>, Const<28678>, Const<28679>, Const<28680>, Const<28681>, Const<28682>, Const<28683>, Const<28684>, Const<28685>, Const<28686>, Const<28687>),
        (Const<28688>, Const<28689>, Const<28690>, Const<28691>, Const<28692>, Const<28693>, Const<28694>, Const<28695>, Const<28696>, Const<28697>, Const<28698>, Const<28699>, Const<28700>, Const<28701>, Const<28702>, Const<28703>),
        (Const<28704>, Const<28705>, Const<28706>, Const<28707>, Const<28708>, Const<28709>, Const<28710>, Const<28711>, Const<28712>, Const<28713>, Const<28714>, Const<28715>, Const<28716>, Const<28717>, Const<28718>, Const<28719>),
        (Const<28720>, Const<28721>, Const<28722>, Const<28723>, Const<28724>, Const<28725>, Const<28726>, Const<28727>, Const<28728>, Const<28729>, Const<28730>, Const<28731>, Const<28732>, Const<28733>, Const<28734>, Const<28735>),
        (Const<28736>, Const<28737>, Const<28738>, Const<28739>, Const<28740>, Const<28741>, Const<28742>, Const<28743>, Const<28744>, Const<28745>, Const<28746>, Const<28747>, Const<28748>, Const<28749>, Const<28750>, Const<28751>),
        (Const<28752>, Const<28753>, Const<28754>, Const<28755>, Const<28756>, Const<28757>, Const<28758>, Const<28759>, Const<28760>, Const<28761>, Const<28762>, Const<28763>, Const<28764>, Const<28765>, Const<28766>, Const<28767>),
        (Const<28768>, Const<28769>, Const<28770>, Const<28771>, Const<28772>, Const<28773>, Const<28774>, Const<28775>, Const<28776>, Const<28777>, Const<28778>, Const<28779>, Const<28780>, Const<28781>, Const<28782>, Const<28783>),
        (Const<28784>, Const<28785>, Const<28786>, Const<28787>, Const<28788>, Const<28789>, Const<28790>, Const<28791>, Const<28792>, Const<28793>, Const<28794>, Const<28795>, Const<28796>, Const<28797>, Const<28798>, Const<28799>),
        (Const<28800>, Const<28801>, Const<28802>, Const<28803>, Const<28804>, Const<28805>, Const<28806>, Const<28807>, Const<28808>, Const<28809>, Const<28810>, Const<28811>, Const<28812>, Const<28813>, Const<28814>, Const<28815>),
        (Const<28816>, Const<28817>, Const<28818>, Const<28819>, Const<28820>, Const<28821>, Const<28822>, Const<28823>, Const<28824>, Const<28825>, Const<28826>, Const<28827>, Const<28828>, Const<28829>, Const<28830>, Const<28831>),
        (Const<28832>, Const<28833>, Const<28834>, Const<28835>, Const<28836>, Const<28837>, Const<28838>, Const<28839>, Const<28840>, Const<28841>, Const<28842>, Const<28843>, Const<28844>, Const<28845>, Const<28846>, Const<28847>),
        (Const<28848>, Const<28849>, Const<28850>, Const<28851>, Const<28852>, Const<28853>, Const<28854>, Const<28855>, Const<28856>, Const<28857>, Const<28858>, Const<28859>, Const<28860>, Const<28861>, Const<28862>, Const<28863>),
        (Const<28864>, Const<28865>, Const<28866>, Const<28867>, Const<28868>, Const<28869>, Const<28870>, Const<28871>, Const<28872>, Const<28873>, Const<28874>, Const<28875>, Const<28876>, Const<28877>, Const<28878>, Const<28879>),
        (Const<28880>, Const<28881>, Const<28882>, Const<28883>, Const<28884>, Const<28885>, Const<28886>, Const<28887>, Const<28888>, Const<28889>, Const<28890>, Const<28891>, Const<28892>, Const<28893>, Const<28894>, Const<28895>),
        (Const<28896>, Const<28897>, Const<28898>, Const<28899>, Const<28900>, Const<28901>, Const<28902>, Const<28903>, Const<28904>, Const<28905>, Const<28906>, Const<28907>, Const<28908>, Const<28909>, Const<28910>, Const<28911>),
        (Const<28912>, Const<28913>, Const<28914>, Const<28915>, Const<28916>, Const<28917>, Const<28918>, Const<28919>, Const<28920>, Const<28921>, Const<28922>, Const<28923>, Const<28924>, Const<28925>, Const<28926>, Const<28927>),
    );
}

impl Row for typenum::consts::U113 {
    type Cols = (
        (Const<28928>, Const<28929>, Const<28930>, Const<28931>, Const<28932>, Const<28933>, Const<28934>, Const<28935>, Const<28936>, Const<28937>, Const<28938>, Const<28939>, Const<28940>, Const<28941>, Const<28942>, Const<28943>),
        (Const<28944>, Const<28945>, Const<28946>, Const<28947>, Const<28948>, Const<28949>, Const<28950>, Const<28951>, Const<28952>, Const<28953>, Const<28954>, Const<28955>, Const<28956>, Const<28957>, Const<28958>, Const<28959>),
        (Const<28960>, Const<28961>, Const<28962>, Const<28963>, Const<28964>, Const<28965>, Const<28966>, Const<28967>, Const<28968>, Const<28969>, Const<28970>, Const<28971>, Const<28972>, Const<28973>, Const<28974>, Const<28975>),
        (Const<28976>, Const<28977>, Const<28978>, Const<28979>, Const<28980>, Const<28981>, Const<28982>, Const<28983>, Const<28984>, Const<28985>, Const<28986>, Const<28987>, Const<28988>, Const<28989>, Const<28990>, Const<28991>),
        (Const<28992>, Const<28993>, Const<28994>, Const<28995>, Const<28996>, Const<28997>, Const<28998>, Const<28999>, Const<29000>, Const<29001>, Const<29002>, Const<29003>, Const<29004>, Const<29005>, Const<29006>, Const<29007>),
        (Const<29008>, Const<29009>, Const<29010>, Const<29011>, Const<29012>, Const<29013>, Const<29014>, Const<29015>, Const<29016>, Const<29017>, Const<29018>, Const<29019>, Const<29020>, Const<29021>, Const<29022>, Const<29023>),
        (Const<29024>, Const<29025>, Const<29026>, Const<29027>, Const<29028>, Const<29029>, Const<29030>, Const<29031>, Const<29032>, Const<29033>, Const<29034>, Const<29035>, Const<29036>, Const<29037>, Const<29038>, Const<29039>),
        (Const<29040>, Const<29041>, Const<29042>, Const<29043>, Const<29044>, Const<29045>, Const<29046>, Const<29047>, Const<29048>, Const<29049>, Const<29050>, Const<29051>, Const<29052>, Const<29053>, Const<29054>, Const<29055>),
        (Const<29056>, Const<29057>, Const<29058>, Const<29059>, Const<29060>, Const<29061>, Const<29062>, Const<29063>, Const<29064>, Const<29065>, Const<29066>, Const<29067>, Const<29068>, Const<29069>, Const<29070>, Const<29071>),
        (Const<29072>, Const<29073>, Const<29074>, Const<29075>, Const<29076>, Const<29077>, Const<29078>, Const<29079>, Const<29080>, Const<29081>, Const<29082>, Const<29083>, Const<29084>, Const<29085>, Const<29086>, Const<29087>),
        (Const<29088>, Const<29089>, Const<29090>, Const<29091>, Const<29092>, Const<29093>, Const<29094>, Const<29095>, Const<29096>, Const<29097>, Const<29098>, Const<29099>, Const<29100>, Const<29101>, Const<29102>, Const<29103>),
        (Const<29104>, Const<29105>, Const<29106>, Const<29107>, Const<29108>, Const<29109>, Const<29110>, Const<29111>, Const<29112>, Const<29113>, Const<29114>, Const<29115>, Const<29116>, Const<29117>, Const<29118>, Const<29119>),
        (Const<29120>, Const<29121>, Const<29122>, Const<29123>, Const<29124>, Const<29125>, Const<29126>, Const<29127>, Const<29128>, Const<29129>, Const<29130>, Const<29131>, Const<29132>, Const<29133>, Const<29134>, Const<29135>),
        (Const<29136>, Const<29137>, Const<29138>, Const<29139>, Const<29140>, Const<29141>, Const<29142>, Const<29143>, Const<29144>, Const<29145>, Const<29146>, Const<29147>, Const<29148>, Const<29149>, Const<29150>, Const<29151>),
        (Const<29152>, Const<29153>, Const<29154>, Const<29155>, Const<29156>, Const<29157>, Const<29158>, Const<29159>, Const<29160>, Const<29161>, Const<29162>, Const<29163>, Const<29164>, Const<29165>, Const<29166>, Const<29167>),
        (Const<29168>, Const<29169>, Const<29170>, Const<29171>, Const<29172>, Const<29173>, Const<29174>, Const<29175>, Const<29176>, Const<29177>, Const<29178>, Const<29179>, Const<29180>, Const<29181>, Const<29182>, Const<29183>),
    );
}

impl Row for typenum::consts::U114 {
    type Cols = (
        (Const<29184>, Const<29185>, Const<29186>, Const<29187>, Const<29188>, Const<29189>, Const<29190>, Const<29191>, Const<29192>, Const<29193>, Const<29194>, Const<29195>, Const<29196>, Const<29197>, Const<29198>, Const<29199>),
        (Const<29200>, Const<29201>, Const<29202>, Const<29203>, Const<29204>, Const<29205>, Const<29206>, Const<29207>, Const<29208>, Const<29209>, Const<29210>, Const<29211>, Const<29212>, Const<29213>, Const<29214>, Const<29215>),
        (Const<29216>, Const<29217>, Const<29218>, Const<29219>, Const<29220>, Const<29221>, Const<29222>, Const<29223>, Const<29224>, Const<29225>, Const<29226>, Const<29227>, Const<29228>, Const<29229>, Const<29230>, Const<29231>),
        (Const<29232>, Const<29233>, Const<29234>, Const<29235>, Const<29236>, Const<29237>, Const<29238>, Const<29239>, Const<29240>, Const<29241>, Const<29242>, Const<29243>, Const<29244>, Const<29245>, Const<29246>, Const<29247>),
        (Const<29248>, Const<29249>, Const<29250>, Const<29251>, Const<29252>, Const<29253>, Const<29254>, Const<29255>, Const<29256>, Const<29257>, Const<29258>, Const<29259>, Const<29260>, Const<29261>, Const<29262>, Const<29263>),
        (Const<29264>, Const<29265>, Const<29266>, Const<29267>, Const<29268>, Const<29269>, Const<29270>, Const<29271>, Const<29272>, Const<29273>, Const<29274>, Const<29275>, Const<29276>, Const<29277>, Const<29278>, Const<29279>),
        (Const<29280>, Const<29281>, Const<29282>, Const<29283>, Const<29284>, Const<29285>, Const<29286>, Const<29287>, Const<29288>, Const<29289>, Const<29290>, Const<29291>, Const<29292>, Const<29293>, Const<29294>, Const<29295>),
        (Const<29296>, Const<29297>, Const<29298>, Const<29299>, Const<29300>, Const<29301>, Const<29302>, Const<29303>, Const<29304>, Const<29305>, Const<29306>, Const<29307>, Const<29308>, Const<29309>, Const<29310>, Const<29311>),
        (Const<29312>, Const<29313>, Const<29314>, Const<29315>, Const<29316>, Const<29317>, Const<29318>, Const<29319>, Const<29320>, Const<29321>, Const<29322>, Const<29323>, Const<29324>, Const<29325>, Const<29326>, Const<29327>),
        (Const<29328>, Const<29329>, Const<29330>, Const<29331>, Const<29332>, Const<29333>, Const<29334>, Const<29335>, Const<29336>, Const<29337>, Const<29338>, Const<29339>, Const<29340>, Const<29341>, Const<29342>, Const<29343>),
        (Const<29344>, Const<29345>, Const<29346>, Const<29347>, Const<29348>, Const<29349>, Const<29350>, Const<29351>, Const<29352>, Const<29353>, Const<29354>, Const<29355>, Const<29356>, Const<29357>, Const<29358>, Const<29359>),
        (Const<29360>, Const<29361>, Const<29362>, Const<29363>, Const<29364>, Const<29365>, Const<29366>, Const<29367>, Const<29368>, Const<29369>, Const<29370>, Const<29371>, Const<29372>, Const<29373>, Const<29374>, Const<29375>),
        (Const<29376>, Const<29377>, Const<29378>, Const<29379>, Const<29380>, Const<29381>, Const<29382>, Const<29383>, Const<29384>, Const<29385>, Const<29386>, Const<29387>, Const<29388>, Const<29389>, Const<29390>, Const<29391>),
        (Const<29392>, Const<29393>, Const<29394>, Const<29395>, Const<29396>, Const<29397>, Const<29398>, Const<29399>, Const<29400>, Const<29401>, Const<29402>, Const<29403>, Const<29404>, Const<29405>, Const<29406>, Const<29407>),
        (Const<29408>, Const<29409>, Const<29410>, Const<29411>, Const<29412>, Const<29413>, Const<29414>, Const<29415>, Const<29416>, Const<29417>, Const<29418>, Const<29419>, Const<29420>, Const<29421>, Const<29422>, Const<29423>),
        (Const<29424>, Const<29425>, Const<29426>, Const<29427>, Const<29428>, Const<29429>, Const<29430>, Const<29431>, Const<29432>, Const<29433>, Const<29434>, Const<29435>, Const<29436>, Const<29437>, Const<29438>, Const<29439>),
    );
}

impl Row for typenum::consts::U115 {
    type Cols = (
        (Const<29440>, Const<29441>, Const<29442>, Const<29443>, Const<29444>, Const<29445>, Const<29446>, Const<29447>, Const<29448>, Const<29449>, Const<29450>, Const<29451>, Const<29452>, Const<29453>, Const<29454>, Const<29455>),
        (Const<29456>, Const<29457>, Const<29458>, Const<29459>, Const<29460>, Const<29461>, Const<29462>, Const<29463>, Const<29464>, Const<29465>, Const<29466>, Const<29467>, Const<29468>, Const<29469>, Const<29470>, Const<29471>),
        (Const<29472>, Const<29473>, Const<29474>, Const<29475>, Const<29476>, Const<29477>, Const<29478>, Const<29479>, Const<29480>, Const<29481>, Const<29482>, Const<29483>, Const<29484>, Const<29485>, Const<29486>, Const<29487>),
        (Const<29488>, Const<29489>, Const<29490>, Const<29491>, Const<29492>, Const<29493>, Const<29494>, Const<29495>, Const<29496>, Const<29497>, Const<29498>, Const<29499>, Const<29500>, Const<29501>, Const<29502>, Const<29503>),
        (Const<29504>, Const<29505>, Const<29506>, Const<29507>, Const<29508>, Const<29509>, Const<29510>, Const<29511>, Const<29512>, Const<29513>, Const<29514>, Const<29515>, Const<29516>, Const<29517>, Const<29518>, Const<29519>),
        (Const<29520>, Const<29521>, Const<29522>, Const<29523>, Const<29524>, Const<29525>, Const<29526>, Const<29527>, Const<29528>, Const<29529>, Const<29530>, Const<29531>, Const<29532>, Const<29533>, Const<29534>, Const<29535>),
        (Const<29536>, Const<29537>, Const<29538>, Const<29539>, Const<29540>, Const<29541>, Const<29542>, Const<29543>, Const<29544>, Const<29545>, Const<29546>, Const<29547>, Const<29548>, Const<29549>, Const<29550>, Const<29551>),
        (Const<29552>, Const<29553>, Const<29554>, Const<29555>, Const<29556>, Const<29557>, Const<29558>, Const<29559>, Const<29560>, Const<29561>, Const<29562>, Const<29563>, Const<29564>, Const<29565>, Const<29566>, Const<29567>),
        (Const<29568>, Const<29569>, Const<29570>, Const<29571>, Const<29572>, Const<29573>, Const<29574>, Const<29575>, Const<29576>, Const<29577>, Const<29578>, Const<29579>, Const<29580>, Const<29581>, Const<29582>, Const<29583>),
        (Const<29584>, Const<29585>, Const<29586>, Const<29587>, Const<29588>, Const<29589>, Const<29590>, Const<29591>, Const<29592>, Const<29593>, Const<29594>, Const<29595>, Const<29596>, Const<29597>, Const<29598>, Const<29599>),
        (Const<29600>, Const<29601>, Const<29602>, Const<29603>, Const<29604>, Const<29605>, Const<29606>, Const<29607>, Const<29608>, Const<29609>, Const<29610>, Const<29611>, Const<29612>, Const<29613>, Const<29614>, Const<29615>),
        (Const<29616>, Const<29617>, Const<29618>, Const<29619>, Const<29620>, Const<29621>, Const<29622>, Const<29623>, Const<29624>, Const<29625>, Const<29626>, Const<29627>, Const<29628>, Const<29629>, Const<29630>, Const<29631>),
        (Const<29632>, Const<29633>, Const<29634>, Const<29635>, Const<29636>, Const<29637>, Const<29638>, Const<29639>, Const<29640>, Const<29641>, Const<29642>, Const<29643>, Const<29644>, Const<29645>, Const<29646>, Const<29647>),
        (Const<29648>, Const<29649>, Const<29650>, Const<29651>, Const<29652>, Const<29653>, Const<29654>, Const<29655>, Const<29656>, Const<29657>, Const<29658>, Const<29659>, Const<29660>, Const<29661>, Const<29662>, Const<29663>),
        (Const<29664>, Const<29665>, Const<29666>, Const<29667>, Const<29668>, Const<29669>, Const<29670>, Const<29671>, Const<29672>, Const<29673>, Const<29674>, Const<29675>, Const<29676>, Const<29677>, Const<29678>, Const<29679>),
        (Const<29680>, Const<29681>, Const<29682>, Const<29683>, Const<29684>, Const<29685>, Const<29686>, Const<29687>, Const<29688>, Const<29689>, Const<29690>, Const<29691>, Const<29692>, Const<29693>, Const<29694>, Const<29695>),
    );
}

impl Row for typenum::consts::U116 {
    type Cols = (
        (Const<29696>, Const<29697>, Const<29698>, Const<29699>, Const<29700>, Const<29701>, Const<29702>, Const<29703>, Const<29704>, Const<29705>, Const<29706>, Const<29707>, Const<29708>, Const<29709>, Const<29710>, Const<29711>),
        (Const<29712>, Const<29713>, Const<29714>, Const<29715>, Const<29716>, Const<29717>, Const<29718>, Const<29719>, Const<29720>, Const<29721>, Const<29722>, Const<29723>, Const<29724>, Const<29725>, Const<29726>, Const<29727>),
        (Const<29728>, Const<29729>, Const<29730>, Const<29731>, Const<29732>, Const<29733>, Const<29734>, Const<29735>, Const<29736>, Const<29737>, Const<29738>, Const<29739>, Const<29740>, Const<29741>, Const<29742>, Const<29743>),
        (Const<29744>, Const<29745>, Const<29746>, Const<29747>, Const<29748>, Const<29749>, Const<29750>, Const<29751>, Const<29752>, Const<29753>, Const<29754>, Const<29755>, Const<29756>, Const<29757>, Const<29758>, Const<29759>),
        (Const<29760>, Const<29761>, Const<29762>, Const<29763>, Const<29764>, Const<29765>, Const<29766>, Const<29767>, Const<29768>, Const<29769>, Const<29770>, Const<29771>, Const<29772>, Const<29773>, Const<29774>, Const<29775>),
        (Const<29776>, Const<29777>, Const<29778>, Const<29779>, Const<29780>, Const<29781>, Const<29782>, Const<29783>, Const<29784>, Const<29785>, Const<29786>, Const<29787>, Const<29788>, Const<29789>, Const<29790>, Const<29791>),
        (Const<29792>, Const<29793>, Const<29794>, Const<29795>, Const<29796>, Const<29797>, Const<29798>, Const<29799>, Const<29800>, Const<29801>, Const<29802>, Const<29803>, Const<29804>, Const<29805>, Const<29806>, Const<29807>),
        (Const<29808>, Const<29809>, Const<29810>, Const<29811>, Const<29812>, Const<29813>, Const<29814>, Const<29815>, Const<29816>, Const<29817>, Const<29818>, Const<29819>, Const<29820>, Const<29821>, Const<29822>, Const<29823>),
        (Const<29824>, Const<29825>, Const<29826>, Const<29827>, Const<29828>, Const<29829>, Const<29830>, Const<29831>, Const<29832>, Const<29833>, Const<29834>, Const<29835>, Const<29836>, Const<29837>, Const<29838>, Const<29839>),
        (Const<29840>, Const<29841>, Const<29842>, Const<29843>, Const<29844>, Const<29845>, Const<29846>, Const<29847>, Const<29848>, Const<29849>, Const<29850>, Const<29851>, Const<29852>, Const<29853>, Const<29854>, Const<29855>),
        (Const<29856>, Const<29857>, Const<29858>, Const<29859>, Const<29860>, Const<29861>, Const<29862>, Const<29863>, Const<29864>, Const<29865>, Const<29866>, Const<29867>, Const<29868>, Const<29869>, Const<29870>, Const<29871>),
        (Const<29872>, Const<29873>, Const<29874>, Const<29875>, Const<29876>, Const<29877>, Const<29878>, Const<29879>, Const<29880>, Const<29881>, Const<29882>, Const<29883>, Const<29884>, Const<29885>, Const<29886>, Const<29887>),
        (Const<29888>, Const<29889>, Const<29890>, Const<29891>, Const<29892>, Const<29893>, Const<29894>, Const<29895>, Const<29896>, Const<29897>, Const<29898>, Const<29899>, Const<29900>, Const<29901>, Const<29902>, Const<29903>),
        (Const<29904>, Const<29905>, Const<29906>, Const<29907>, Const<29908>, Const<29909>, Const<29910>, Const<29911>, Const<29912>, Const<29913>, Const<29914>, Const<29915>, Const<29916>, Const<29917>, Const<29918>, Const<29919>),
        (Const<29920>, Const<29921>, Const<29922>, Const<29923>, Const<29924>, Const<29925>, Const<29926>, Const<29927>, Const<29928>, Const<29929>, Const<29930>, Const<29931>, Const<29932>, Const<29933>, Const<29934>, Const<29935>),
        (Const<29936>, Const<29937>, Const<29938>, Const<29939>, Const<29940>, Const<29941>, Const<29942>, Const<29943>, Const<29944>, Const<29945>, Const<29946>, Const<29947>, Const<29948>, Const<29949>, Const<29950>, Const<29951>),
    );
}

impl Row for typenum::consts::U117 {
    type Cols = (
        (Const<29952>, Const<29953>, Const<29954>, Const<29955>, Const<29956>, Const<29957>, Const<29958>, Const<29959>, Const<29960>, Const<29961>, Const<29962>, Const<29963>, Const<29964>, Const<29965>, Const<29966>, Const<29967>),
        (Const<29968>, Const<29969>, Const<29970>, Const<29971>, Const<29972>, Const<29973>, Const<29974>, Const<29975>, Const<29976>, Const<29977>, Const<29978>, Const<29979>, Const<29980>, Const<29981>, Const<29982>, Const<29983>),
        (Const<29984>, Const<29985>, Const<29986>, Const<29987>, Const<29988>, Const<29989>, Const<29990>, Const<29991>, Const<29992>, Const<29993>, Const<29994>, Const<29995>, Const<29996>, Const<29997>, Const<29998>, Const<29999>),
        (Const<30000>, Const<30001>, Const<30002>, Const<30003>, Const<30004>, Const<30005>, Const<30006>, Const<30007>, Const<30008>, Const<30009>, Const<30010>, Const<30011>, Const<30012>, Const<30013>, Const<30014>, Const<30015>),
        (Const<30016>, Const<30017>, Const<30018>, Const<30019>, Const<30020>, Const<30021>, Const<30022>, Const<30023>, Const<30024>, Const<30025>, Const<30026>, Const<30027>, Const<30028>, Const<30029>, Const<30030>, Const<30031>),
        (Const<30032>, Const<30033>, Const<30034>, Const<30035>, Const<30036>, Const<30037>, Const<30038>, Const<30039>, Const<30040>, Const<30041>, Const<30042>, Const<30043>, Const<30044>, Const<30045>, Const<30046>, Const<30047>),
        (Const<30048>, Const<30049>, Const<30050>, Const<30051>, Const<30052>, Const<30053>, Const<30054>, Const<30055>, Const<30056>, Const<30057>, Const<30058>, Const<30059>, Const<30060>, Const<30061>, Const<30062>, Const<30063>),
        (Const<30064>, Const<30065>, Const<30066>, Const<30067>, Const<30068>, Const<30069>, Const<30070>, Const<30071>, Const<30072>, Const<30073>, Const<30074>, Const<30075>, Const<30076>, Const<30077>, Const<30078>, Const<30079>),
        (Const<30080>, Const<30081>, Const<30082>, Const<30083>, Const<30084>, Const<30085>, Const<30086>, Const<30087>, Const<30088>, Const<30089>, Const<30090>, Const<30091>, Const<30092>, Const<30093>, Const<30094>, Const<30095>),
        (Const<30096>, Const<30097>, Const<30098>, Const<30099>, Const<30100>, Const<30101>, Const<30102>, Const<30103>, Const<30104>, Const<30105>, Const<30106>, Const<30107>, Const<30108>, Const<30109>, Const<30110>, Const<30111>),
        (Const<30112>, Const<30113>, Const<30114>, Const<30115>, Const<30116>, Const<30117>, Const<30118>, Const<30119>, Const<30120>, Const<30121>, Const<30122>, Const<30123>, Const<30124>, Const<30125>, Const<30126>, Const<30127>),
        (Const<30128>, Const<30129>, Const<30130>, Const<30131>, Const<30132>, Const<30133>, Const<30134>, Const<30135>, Const<30136>, Const<30137>, Const<30138>, Const<30139>, Const<30140>, Const<30141>, Const<30142>, Const<30143>),
        (Const<30144>, Const<30145>, Const<30146>, Const<30147>, Const<30148>, Const<30149>, Const<30150>, Const<30151>, Const<30152>, Const<30153>, Const<30154>, Const<30155>, Const<30156>, Const<30157>, Const<30158>, Const<30159>),
        (Const<30160>, Const<30161>, Const<30162>, Const<30163>, Const<30164>, Const<30165>, Const<30166>, Const<30167>, Const<30168>, Const<30169>, Const<30170>, Const<30171>, Const<30172>, Const<30173>, Const<30174>, Const<30175>),
        (Const<30176>, Const<30177>, Const<30178>, Const<30179>, Const<30180>, Const<30181>, Const<30182>, Const<30183>, Const<30184>, Const<30185>, Const<30186>, Const<30187>, Const<30188>, Const<30189>, Const<30190>, Const<30191>),
        (Const<30192>, Const<30193>, Const<30194>, Const<30195>, Const<30196>, Const<30197>, Const<30198>, Const<30199>, Const<30200>, Const<30201>, Const<30202>, Const<30203>, Const<30204>, Const<30205>, Const<30206>, Const<30207>),
    );
}

impl Row for typenum::consts::U118 {
    type Cols = (
        (Const<30208>, Const<30209>, Const<30210>, Const<30211>, Const<30212>, Const<30213>, Const<30214>, Const<30215>, Const<30216>, Const<30217>, Const<30218>, Const<30219>, Const<30220>, Const<30221>, Const<30222>, Const<30223>),
        (Const<30224>, Const<30225>, Const<30226>, Const<30227>, Const<30228>, Const<30229>, Const<30230>, Const<30231>, Const<30232>, Const<30233>, Const<30234>, Const<30235>, Const<30236>, Const<30237>, Const<30238>, Const<30239>),
        (Const<30240>, Const<30241>, Const<30242>, Const<30243>, Const<30244>, Const<30245>, Const<30246>, Const<30247>, Const<30248>, Const<30249>, Const<30250>, Const<30251>, Const<30252>, Const<30253>, Const<30254>, Const<30255>),
        (Const<30256>, Const<30257>, Const<30258>, Const<30259>, Const<30260>, Const<30261>, Const<30262>, Const<30263>, Const<30264>, Const<30265>, Const<30266>, Const<30267>, Const<30268>, Const<30269>, Const<30270>, Const<30271>),
        (Const<30272>, Const<30273>, Const<30274>, Const<30275>, Const<30276>, Const<30277>, Const<30278>, Const<30279>, Const<30280>, Const<30281>, Const<30282>, Const<30283>, Const<30284>, Const<30285>, Const<30286>, Const<30287>),
        (Const<30288>, Const<30289>, Const<30290>, Const<30291>, Const<30292>, Const<30293>, Const<30294>, Const<30295>, Const<30296>, Const<30297>, Const<30298>, Const<30299>, Const<30300>, Const<30301>, Const<30302>, Const<30303>),
        (Const<30304>, Const<30305>, Const<30306>, Const<30307>, Const<30308>, Const<30309>, Const<30310>, Const<30311>, Const<30312>, Const<30313>, Const<30314>, Const<30315>, Const<30316>, Const<30317>, Const<30318>, Const<30319>),
        (Const<30320>, Const<30321>, Const<30322>, Const<30323>, Const<30324>, Const<30325>, Const<30326>, Const<30327>, Const<30328>, Const<30329>, Const<30330>, Const<30331>, Const<30332>, Const<30333>, Const<30334>, Const<30335>),
        (Const<30336>, Const<30337>, Const<30338>, Const<30339>, Const<30340>, Const<30341>, Const<30342>, Const<30343>, Const<30344>, Const<30345>, Const<30346>, Const<30347>, Const<30348>, Const<30349>, Const<30350>, Const<30351>),
        (Const<30352>, Const<30353>, Const<30354>, Const<30355>, Const<30356>, Const<30357>, Const<30358>, Const<30359>, Const<30360>, Const<30361>, Const<30362>, Const<30363>, Const<30364>, Const<30365>, Const<30366>, Const<30367>),
        (Const<30368>, Const<30369>, Const<30370>, Const<30371>, Const<30372>, Const<30373>, Const<30374>, Const<30375>, Const<30376>, Const<30377>, Const<30378>, Const<30379>, Const<30380>, Const<30381>, Const<30382>, Const<30383>),
        (Const<30384>, Const<30385>, Const<30386>, Const<30387>, Const<30388>, Const<30389>, Const<30390>, Const<30391>, Const<30392>, Const<30393>, Const<30394>, Const<30395>, Const<30396>, Const<30397>, Const<30398>, Const<30399>),
        (Const<30400>, Const<30401>, Const<30402>, Const<30403>, Const<30404>, Const<30405>, Const<30406>, Const<30407>, Const<30408>, Const<30409>, Const<30410>, Const<30411>, Const<30412>, Const<30413>, Const<30414>, Const<30415>),
        (Const<30416>, Const<30417>, Const<30418>, Const<30419>, Const<30420>, Const<30421>, Const<30422>, Const<30423>, Const<30424>, Const<30425>, Const<30426>, Const<30427>, Const<30428>, Const<30429>, Const<30430>, Const<30431>),
        (Const<30432>, Const<30433>, Const<30434>, Const<30435>, Const<30436>, Const<30437>, Const<30438>, Const<30439>, Const<30440>, Const<30441>, Const<30442>, Const<30443>, Const<30444>, Const<30445>, Const<30446>, Const<30447>),
        (Const<30448>, Const<30449>, Const<30450>, Const<30451>, Const<30452>, Const<30453>, Const<30454>, Const<30455>, Const<30456>, Const<30457>, Const<30458>, Const<30459>, Const<30460>, Const<30461>, Const<30462>, Const<30463>),
    );
}

impl Row for typenum::consts::U119 {
    type Cols = (
        (Const<30464>, Const<30465>, Const<30466>, Const<30467>, Const<30468>, Const<30469>, Const<30470>, Const<30471>, Const<30472>, Const<30473>, Const<30474>, Const<30475>, Const<30476>, Const<30477>, Const<30478>, Const<30479>),
        (Const<30480>, Const<30481>, Const<30482>, Const<30483>, Const<30484>, Const<30485>, Const<30486>, Const<30487>, Const<30488>, Const<30489>, Const<30490>, Const<30491>, Const<30492>, Const<30493>, Const<30494>, Const<30495>),
        (Const<30496>, Const<30497>, Const<30498>, Const<30499>, Const<30500>, Const<30501>, Const<30502>, Const<30503>, Const<30504>, Const<30505>, Const<30506>, Const<30507>, Const<30508>, Const<30509>, Const<30510>, Const<30511>),
        (Const<30512>, Const<30513>, Const<30514>, Const<30515>, Const<30516>, Const<30517>, Const<30518>, Const<30519>, Const<30520>, Const<30521>, Const<30522>, Const<30523>, Const<30524>, Const<30525>, Const<30526>, Const<30527>),
        (Const<30528>, Const<30529>, Const<30530>, Const<30531>, Const<30532>, Const<30533>, Const<30534>, Const<30535>, Const<30536>, Const<30537>, Const<30538>, Const<30539>, Const<30540>, Const<30541>, Const<30542>, Const<30543>),
        (Const<30544>, Const<30545>, Const<30546>, Const<30547>, Const<30548>, Const<30549>, Const<30550>, Const<30551>, Const<30552>, Const<30553>, Const<30554>, Const<30555>, Const<30556>, Const<30557>, Const<30558>, Const<30559>),
        (Const<30560>, Const<30561>, Const<30562>, Const<30563>, Const<30564>, Const<30565>, Const<30566>, Const<30567>, Const<30568>, Const<30569>, Const<30570>, Const<30571>, Const<30572>, Const<30573>, Const<30574>, Const<30575>),
        (Const<30576>, Const<30577>, Const<30578>, Const<30579>, Const<30580>, Const<30581>, Const<30582>, Const<30583>, Const<30584>, Const<30585>, Const<30586>, Const<30587>, Const<30588>, Const<30589>, Const<30590>, Const<30591>),
        (Const<30592>, Const<30593>, Const<30594>, Const<30595>, Const<30596>, Const<30597>, Const<30598>, Const<30599>, Const<30600>, Const<30601>, Const<30602>, Const<30603>, Const<30604>, Const<30605>, Const<30606>, Const<30607>),
        (Const<30608>, Const<30609>, Const<30610>, Const<30611>, Const<30612>, Const<30613>, Const<30614>, Const<30615>, Const<30616>, Const<30617>, Const<30618>, Const<30619>, Const<30620>, Const<30621>, Const<30622>, Const<30623>),
        (Const<30624>, Const<30625>, Const<30626>, Const<30627>, Const<30628>, Const<30629>, Const<30630>, Const<30631>, Const<30632>, Const<30633>, Const<30634>, Const<30635>, Const<30636>, Const<30637>, Const<30638>, Const<30639>),
        (Const<30640>, Const<30641>, Const<30642>, Const<30643>, Const<30644>, Const<30645>, Const<30646>, Const<30647>, Const<30648>, Const<30649>, Const<30650>, Const<30651>, Const<30652>, Const<30653>, Const<30654>, Const<30655>),
        (Const<30656>, Const<30657>, Const<30658>, Const<30659>, Const<30660>, Const<30661>, Const<30662>, Const<30663>, Const<30664>, Const<30665>, Const<30666>, Const<30667>, Const<30668>, Const<30669>, Const<30670>, Const<30671>),
        (Const<30672>, Const<30673>, Const<30674>, Const<30675>, Const<30676>, Const<30677>, Const<30678>, Const<30679>, Const<30680>, Const<30681>, Const<30682>, Const<30683>, Const<30684>, Const<30685>, Const<30686>, Const<30687>),
        (Const<30688>, Const<30689>, Const<30690>, Const<30691>, Const<30692>, Const<30693>, Const<30694>, Const<30695>, Const<30696>, Const<30697>, Const<30698>, Const<30699>, Const<30700>, Const<30701>, Const<30702>, Const<30703>),
        (Const<30704>, Const<30705>, Const<30706>, Const<30707>, Const<30708>, Const<30709>, Const<30710>, Const<30711>, Const<30712>, Const<30713>, Const<30714>, Const<30715>, Const<30716>, Const<30717>, Const<30718>, Const<30719>),
    );
}

impl Row for typenum::consts::U120 {
    type Cols = (
        (Const<30720>, Const<30721>, Const<30722>, Const<30723>, Const<30724>, Const<30725>, Const<30726>, Const<30727>, Const<30728>, Const<30729>, Const<30730>, Const<30731>, Const<30732>, Const<30733>, Const<30734>, Const<30735>),
        (Const<30736>, Const<30737>, Const<30738>, Const<30739>, Const<30740>, Const<30741>, Const<30742>, Const<30743>, Const<30744>, Const<30745>, Const<30746>, Const<30747>, Const<30748>, Const<30749>, Const<30750>, Const<30751>),
        (Const<30752>, Const<30753>, Const<30754>, Const<30755>, Const<30756>, Const<30757>, Const<30758>, Const<30759>, Const<30760>, Const<30761>, Const<30762>, Const<30763>, Const<30764>, Const<30765>, Const<30766>, Const<30767>),
        (Const<30768>, Const<30769>, Const<30770>, Const<30771>, Const<30772>, Const<30773>, Const<30774>, Const<30775>, Const<30776>, Const<30777>, Const<30778>, Const<30779>, Const<30780>, Const<30781>, Const<30782>, Const<30783>),
        (Const<30784>, Const<30785>, Const<30786>, Const<30787>, Const<30788>, Const<30789>, Const<30790>, Const<30791>, Const<30792>, Const<30793>, Const<30794>, Const<30795>, Const<30796>, Const<30797>, Const<30798>, Const<30799>),
        (Const<30800>, Const<30801>, Const<30802>, Const<30803>, Const<30804>, Const<30805>, Const<30806>, Const<30807>, Const<30808>, Const<30809>, Const<30810>, Const<30811>, Const<30812>, Const<30813>, Const<30814>, Const<30815>),
        (Const<30816>, Const<30817>, Const<30818>, Const<30819>, Const<30820>, Const<30821>, Const<30822>, Const<30823>, Const<30824>, Const<30825>, Const<30826>, Const<30827>, Const<30828>, Const<30829>, Const<30830>, Const<30831>),
        (Const<30832>, Const<30833>, Const<30834>, Const<30835>, Const<30836>, Const<30837>, Const<30838>, Const<30839>, Const<30840>, Const<30841>, Const<30842>, Const<30843>, Const<30844>, Const<30845>, Const<30846>, Const<30847>),
        (Const<30848>, Const<30849>, Const<30850>, Const<30851>, Const<30852>, Const<30853>, Const<30854>, Const<30855>, Const<30856>, Const<30857>, Const<30858>, Const<30859>, Const<30860>, Const<30861>, Const<30862>, Const<30863>),
        (Const<30864>, Const<30865>, Const<30866>, Const<30867>, Const<30868>, Const<30869>, Const<30870>, Const<30871>, Const<30872>, Const<30873>, Const<30874>, Const<30875>, Const<30876>, Const<30877>, Const<30878>, Const<30879>),
        (Const<30880>, Const<30881>, Const<30882>, Const<30883>, Const<30884>, Const<30885>, Const<30886>, Const<30887>, Const<30888>, Const<30889>, Const<30890>, Const<30891>, Const<30892>, Const<30893>, Const<30894>, Const<30895>),
        (Const<30896>, Const<30897>, Const<30898>, Const<30899>, Const<30900>, Const<30901>, Const<30902>, Const<30903>, Const<30904>, Const<30905>, Const<30906>, Const<30907>, Const<30908>, Const<30909>, Const<30910>, Const<30911>),
        (Const<30912>, Const<30913>, Const<30914>, Const<30915>, Const<30916>, Const<30917>, Const<30918>, Const<30919>, Const<30920>, Const<30921>, Const<30922>, Const<30923>, Const<30924>, Const<30925>, Const<30926>, Const<30927>),
        (Const<30928>, Const<30929>, Const<30930>, Const<30931>, Const<30932>, Const<30933>, Const<30934>, Const<30935>, Const<30936>, Const<30937>, Const<30938>, Const<30939>, Const<30940>, Const<30941>, Const<30942>, Const<30943>),
        (Const<30944>, Const<30945>, Const<30946>, Const<30947>, Const<30948>, Const<30949>, Const<30950>, Const<30951>, Const<30952>, Const<30953>, Const<30954>, Const<30955>, Const<30956>, Const<30957>, Const<30958>, Const<30959>),
        (Const<30960>, Const<30961>, Const<30962>, Const<30963>, Const<30964>, Const<30965>, Const<30966>, Const<30967>, Const<30968>, Const<30969>, Const<30970>, Const<30971>, Const<30972>, Const<30973>, Const<30974>, Const<30975>),
    );
}

impl Row for typenum::consts::U121 {
    type Cols = (
        (Const<30976>, Const<30977>, Const<30978>, Const<30979>, Const<30980>, Const<30981>, Const<30982>, Const<30983>, Const<30984>, Const<30985>, Const<30986>, Const<30987>, Const<30988>, Const<30989>, Const<30990>, Const<30991>),
        (Const<30992>, Const<30993>, Const<30994>, Const<30995>, Const<30996>, Const<30997>, Const<30998>, Const<30999>, Const<31000>, Const<31001>, Const<31002>, Const<31003>, Const<31004>, Const<31005>, Const<31006>, Const<31007>),
        (Const<31008>, Const<31009>, Const<31010>, Const<31011>, Const<31012>, Const<31013>, Const<31014>, Const<31015>, Const<31016>, Const<31017>, Const<31018>, Const<31019>, Const<31020>, Const<31021>, Const<31022>, Const<31023>),
        (Const<31024>, Const<31025>, Const<31026>, Const<31027>, Const<31028>, Const<31029>, Const<31030>, Const<31031>, Const<31032>, Const<31033>, Const<31034>, Const<31035>, Const<31036>, Const<31037>, Const<31038>, Const<31039>),
        (Const<31040>, Const<31041>, Const<31042>, Const<31043>, Const<31044>, Const<31045>, Const<31046>, Const<31047>, Const<31048>, Const<31049>, Const<31050>, Const<31051>, Const<31052>, Const<31053>, Const<31054>, Const<31055>),
        (Const<31056>, Const<31057>, Const<31058>, Const<31059>, Const<31060>, Const<31061>, Const<31062>, Const<31063>, Const<31064>, Const<31065>, Const<31066>, Const<31067>, Const<31068>, Const<31069>, Const<31070>, Const<31071>),
        (Const<31072>, Const<31073>, Const<31074>, Const<31075>, Const<31076>, Const<31077>, Const<31078>, Const<31079>, Const<31080>, Const<31081>, Const<31082>, Const<31083>, Const<31084>, Const<31085>, Const<31086>, Const<31087>),
        (Const<31088>, Const<31089>, Const<31090>, Const<31091>, Const<31092>, Const<31093>, Const<31094>, Const<31095>, Const<31096>, Const<31097>, Const<31098>, Const<31099>, Const<31100>, Const<31101>, Const<31102>, Const<31103>),
        (Const<31104>, Const<31105>, Const<31106>, Const<31107>, Const<31108>, Const<31109>, Const<31110>, Const<31111>, Const<31112>, Const<31113>, Const<31114>, Const<31115>, Const<31116>, Const<31117>, Const<31118>, Const<31119>),
        (Const<31120>, Const<31121>, Const<31122>, Const<31123>, Const<31124>, Const<31125>, Const<31126>, Const<31127>, Const<31128>, Const<31129>, Const<31130>, Const<31131>, Const<31132>, Const<31133>, Const<31134>, Const<31135>),
        (Const<31136>, Const<31137>, Const<31138>, Const<31139>, Const<31140>, Const<31141>, Const<31142>, Const<31143>, Const<31144>, Const<31145>, Const<31146>, Const<31147>, Const<31148>, Const<31149>, Const<31150>, Const<31151>),
        (Const<31152>, Const<31153>, Const<31154>, Const<31155>, Const<31156>, Const<31157>, Const<31158>, Const<31159>, Const<31160>, Const<31161>, Const<31162>, Const<31163>, Const<31164>, Const<31165>, Const<31166>, Const<31167>),
        (Const<31168>, Const<31169>, Const<31170>, Const<31171>, Const<31172>, Const<31173>, Const<31174>, Const<31175>, Const<31176>, Const<31177>, Const<31178>, Const<31179>, Const<31180>, Const<31181>, Const<31182>, Const<31183>),
        (Const<31184>, Const<31185>, Const<31186>, Const<31187>, Const<31188>, Const<31189>, Const<31190>, Const<31191>, Const<31192>, Const<31193>, Const<31194>, Const<31195>, Const<31196>, Const<31197>, Const<31198>, Const<31199>),
        (Const<31200>, Const<31201>, Const<31202>, Const<31203>, Const<31204>, Const<31205>, Const<31206>, Const<31207>, Const<31208>, Const<31209>, Const<31210>, Const<31211>, Const<31212>, Const<31213>, Const<31214>, Const<31215>),
        (Const<31216>, Const<31217>, Const<31218>, Const<31219>, Const<31220>, Const<31221>, Const<31222>, Const<31223>, Const<31224>, Const<31225>, Const<31226>, Const<31227>, Const<31228>, Const<31229>, Const<31230>, Const<31231>),
    );
}

impl Row for typenum::consts::U122 {
    type Cols = (
        (Const<31232>, Const<31233>, Const<31234>, Const<31235>, Const<31236>, Const<31237>, Const<31238>, Const<31239>, Const<31240>, Const<31241>, Const<31242>, Const<31243>, Const<31244>, Const<31245>, Const<31246>, Const<31247>),
        (Const<31248>, Const<31249>, Const<31250>, Const<31251>, Const<31252>, Const<31253>, Const<31254>, Const<31255>, Const<31256>, Const<31257>, Const<31258>, Const<31259>, Const<31260>, Const<31261>, Const<31262>, Const<31263>),
        (Const<31264>, Const<31265>, Const<31266>, Const<31267>, Const<31268>, Const<31269>, Const<31270>, Const<31271>, Const<31272>, Const<31273>, Const<31274>, Const<31275>, Const<31276>, Const<31277>, Const<31278>, Const<31279>),
        (Const<31280>, Const<31281>, Const<31282>, Const<31283>, Const<31284>, Const<31285>, Const<31286>, Const<31287>, Const<31288>, Const<31289>, Const<31290>, Const<31291>, Const<31292>, Const<31293>, Const<31294>, Const<31295>),
        (Const<31296>, Const<31297>, Const<31298>, Const<31299>, Const<31300>, Const<31301>, Const<31302>, Const<31303>, Const<31304>, Const<31305>, Const<31306>, Const<31307>, Const<31308>, Const<31309>, Const<31310>, Const<31311>),
        (Const<31312>, Const<31313>, Const<31314>, Const<31315>, Const<31316>, Const<31317>, Const<31318>, Const<31319>, Const<31320>, Const<31321>, Const<31322>, Const<31323>, Const<31324>, Const<31325>, Const<31326>, Const<31327>),
        (Const<31328>, Const<31329>, Const<31330>, Const<31331>, Const<31332>, Const<31333>, Const<31334>, Const<31335>, Const<31336>, Const<31337>, Const<31338>, Const<31339>, Const<31340>, Const<31341>, Const<31342>, Const<31343>),
        (Const<31344>, Const<31345>, Const<31346>, Const<31347>, Const<31348>, Const<31349>, Const<31350>, Const<31351>, Const<31352>, Const<31353>, Const<31354>, Const<31355>, Const<31356>, Const<31357>, Const<31358>, Const<31359>),
        (Const<31360>, Const<31361>, Const<31362>, Const<31363>, Const<31364>, Const<31365>, Const<31366>, Const<31367>, Const<31368>, Const<31369>, Const<31370>, Const<31371>, Const<31372>, Const<31373>, Const<31374>, Const<31375>),
        (Const<31376>, Const<31377>, Const<31378>, Const<31379>, Const<31380>, Const<31381>, Const<31382>, Const<31383>, Const<31384>, Const<31385>, Const<31386>, Const<31387>, Const<31388>, Const<31389>, Const<31390>, Const<31391>),
        (Const<31392>, Const<31393>, Const<31394>, Const<31395>, Const<31396>, Const<31397>, Const<31398>, Const<31399>, Const<31400>, Const<31401>, Const<31402>, Const<31403>, Const<31404>, Const<31405>, Const<31406>, Const<31407>),
        (Const<31408>, Const<31409>, Const<31410>, Const<31411>, Const<31412>, Const<31413>, Const<31414>, Const<31415>, Const<31416>, Const<31417>, Const<31418>, Const<31419>, Const<31420>, Const<31421>, Const<31422>, Const<31423>),
        (Const<31424>, Const<31425>, Const<31426>, Const<31427>, Const<31428>, Const<31429>, Const<31430>, Const<31431>, Const<31432>, Const<31433>, Const<31434>, Const<31435>, Const<31436>, Const<31437>, Const<31438>, Const<31439>),
        (Const<31440>, Const<31441>, Const<31442>, Const<31443>, Const<31444>, Const<31445>, Const<31446>, Const<31447>, Const<31448>, Const<31449>, Const<31450>, Const<31451>, Const<31452>, Const<31453>, Const<31454>, Const<31455>),
        (Const<31456>, Const<31457>, Const<31458>, Const<31459>, Const<31460>, Const<31461>, Const<31462>, Const<31463>, Const<31464>, Const<31465>, Const<31466>, Const<31467>, Const<31468>, Const<31469>, Const<31470>, Const<31471>),
        (Const<31472>, Const<31473>, Const<31474>, Const<31475>, Const<31476>, Const<31477>, Const<31478>, Const<31479>, Const<31480>, Const<31481>, Const<31482>, Const<31483>, Const<31484>, Const<31485>, Const<31486>, Const<31487>),
    );
}

impl Row for typenum::consts::U123 {
    type Cols = (
        (Const<31488>, Const<31489>, Const<31490>, Const<31491>, Const<31492>, Const<31493>, Const<31494>, Const<31495>, Const<31496>, Const<31497>, Const<31498>, Const<31499>, Const<31500>, Const<31501>, Const<31502>, Const<31503>),
        (Const<31504>, Const<31505>, Const<31506>, Const<31507>, Const<31508>, Const<31509>, Const<31510>, Const<31511>, Const<31512>, Const<31513>, Const<31514>, Const<31515>, Const<31516>, Const<31517>, Const<31518>, Const<31519>),
        (Const<31520>, Const<31521>, Const<31522>, Const<31523>, Const<31524>, Const<31525>, Const<31526>, Const<31527>, Const<31528>, Const<31529>, Const<31530>, Const<31531>, Const<31532>, Const<31533>, Const<31534>, Const<31535>),
        (Const<31536>, Const<31537>, Const<31538>, Const<31539>, Const<31540>, Const<31541>, Const<31542>, Const<31543>, Const<31544>, Const<31545>, Const<31546>, Const<31547>, Const<31548>, Const<31549>, Const<31550>, Const<31551>),
        (Const<31552>, Const<31553>, Const<31554>, Const<31555>, Const<31556>, Const<31557>, Const<31558>, Const<31559>, Const<31560>, Const<31561>, Const<31562>, Const<31563>, Const<31564>, Const<31565>, Const<31566>, Const<31567>),
        (Const<31568>, Const<31569>, Const<31570>, Const<31571>, Const<31572>, Const<31573>, Const<31574>, Const<31575>, Const<31576>, Const<31577>, Const<31578>, Const<31579>, Const<31580>, Const<31581>, Const<31582>, Const<31583>),
        (Const<31584>, Const<31585>, Const<31586>, Const<31587>, Const<31588>, Const<31589>, Const<31590>, Const<31591>, Const<31592>, Const<31593>, Const<31594>, Const<31595>, Const<31596>, Const<31597>, Const<31598>, Const<31599>),
        (Const<31600>, Const<31601>, Const<31602>, Const<31603>, Const<31604>, Const<31605>, Const<31606>, Const<31607>, Const<31608>, Const<31609>, Const<31610>, Const<31611>, Const<31612>, Const<31613>, Const<31614>, Const<31615>),
        (Const<31616>, Const<31617>, Const<31618>, Const<31619>, Const<31620>, Const<31621>, Const<31622>, Const<31623>, Const<31624>, Const<31625>, Const<31626>, Const<31627>, Const<31628>, Const<31629>, Const<31630>, Const<31631>),
        (Const<31632>, Const<31633>, Const<31634>, Const<31635>, Const<31636>, Const<31637>, Const<31638>, Const<31639>, Const<31640>, Const<31641>, Const<31642>, Const<31643>, Const<31644>, Const<31645>, Const<31646>, Const<31647>),
        (Const<31648>, Const<31649>, Const<31650>, Const<31651>, Const<31652>, Const<31653>, Const<31654>, Const<31655>, Const<31656>, Const<31657>, Const<31658>, Const<31659>, Const<31660>, Const<31661>, Const<31662>, Const<31663>),
        (Const<31664>, Const<31665>, Const<31666>, Const<31667>, Const<31668>, Const<31669>, Const<31670>, Const<31671>, Const<31672>, Const<31673>, Const<31674>, Const<31675>, Const<31676>, Const<31677>, Const<31678>, Const<31679>),
        (Const<31680>, Const<31681>, Const<31682>, Const<31683>, Const<31684>, Const<31685>, Const<31686>, Const<31687>, Const<31688>, Const<31689>, Const<31690>, Const<31691>, Const<31692>, Const<31693>, Const<31694>, Const<31695>),
        (Const<31696>, Const<31697>, Const<31698>, Const<31699>, Const<31700>, Const<31701>, Const<31702>, Const<31703>, Const<31704>, Const<31705>, Const<31706>, Const<31707>, Const<31708>, Const<31709>, Const<31710>, Const<31711>),
        (Const<31712>, Const<31713>, Const<31714>, Const<31715>, Const<31716>, Const<31717>, Const<31718>, Const<31719>, Const<31720>, Const<31721>, Const<31722>, Const<31723>, Const<31724>, Const<31725>, Const<31726>, Const<31727>),
        (Const<31728>, Const<31729>, Const<31730>, Const<31731>, Const<31732>, Const<31733>, Const<31734>, Const<31735>, Const<31736>, Const<31737>, Const<31738>, Const<31739>, Const<31740>, Const<31741>, Const<31742>, Const<31743>),
    );
}

impl Row for typenum::consts::U124 {
    type Cols = (
        (Const<31744>, Const<31745>, Const<31746>, Const<31747>, Const<31748>, Const<31749>, Const<31750>, Const<31751>, Const<31752>, Const<31753>, Const<31754>, Const<31755>, Const<31756>, Const<31757>, Const<31758>, Const<31759>),
        (Const<31760>, Const<31761>, Const<31762>, Const<31763>, Const<31764>, Const<31765>, Const<31766>, Const<31767>, Const<31768>, Const<31769>, Const<31770>, Const<31771>, Const<31772>, Const<31773>, Const<31774>, Const<31775>),
        (Const<31776>, Const<31777>, Const<31778>, Const<31779>, Const<31780>, Const<31781>, Const<31782>, Const<31783>, Const<31784>, Const<31785>, Const<31786>, Const<31787>, Const<31788>, Const<31789>, Const<31790>, Const<31791>),
        (Const<31792>, Const<31793>, Const<31794>, Const<31795>, Const<31796>, Const<31797>, Const<31798>, Const<31799>, Const<31800>, Const<31801>, Const<31802>, Const<31803>, Const<31804>, Const<31805>, Const<31806>, Const<31807>),
        (Const<31808>, Const<31809>, Const<31810>, Const<31811>, Const<31812>, Const<31813>, Const<31814>, Const<31815>, Const<31816>, Const<31817>, Const<31818>, Const<31819>, Const<31820>, Const<31821>, Const<31822>, Const<31823>),
        (Const<31824>, Const<31825>, Const<31826>, Const<31827>, Const<31828>, Const<31829>, Const<31830>, Const<31831>, Const<31832>, Const<31833>, Const<31834>, Const<31835>, Const<31836>, Const<31837>, Const<31838>, Const<31839>),
        (Const<31840>, Const<31841>, Const<31842>, Const<31843>, Const<31844>, Const<31845>, Const<31846>, Const<31847>, Const<31848>, Const<31849>, Const<31850>, Const<31851>, Const<31852>, Const<31853>, Const<31854>, Const<31855>),
        (Const<31856>, Const<31857>, Const<31858>, Const<31859>, Const<31860>, Const<31861>, Const<31862>, Const<31863>, Const<31864>, Const<31865>, Const<31866>, Const<31867>, Const<31868>, Const<31869>, Const<31870>, Const<31871>),
        (Const<31872>, Const<31873>, Const<31874>, Const<31875>, Const<31876>, Const<31877>, Const<31878>, Const<31879>, Const<31880>, Const<31881>, Const<31882>, Const<31883>, Const<31884>, Const<31885>, Const<31886>, Const<31887>),
        (Const<31888>, Const<31889>, Const<31890>, Const<31891>, Const<31892>, Const<31893>, Const<31894>, Const<31895>, Const<31896>, Const<31897>, Const<31898>, Const<31899>, Const<31900>, Const<31901>, Const<31902>, Const<31903>),
        (Const<31904>, Const<31905>, Const<31906>, Const<31907>, Const<31908>, Const<31909>, Const<31910>, Const<31911>, Const<31912>, Const<31913>, Const<31914>, Const<31915>, Const<31916>, Const<31917>, Const<31918>, Const<31919>),
        (Const<31920>, Const<31921>, Const<31922>, Const<31923>, Const<31924>, Const<31925>, Const<31926>, Const<31927>, Const<31928>, Const<31929>, Const<31930>, Const<31931>, Const<31932>, Const<31933>, Const<31934>, Const<31935>),
        (Const<31936>, Const<31937>, Const<31938>, Const<31939>, Const<31940>, Const<31941>, Const<31942>, Const<31943>, Const<31944>, Const<31945>, Const<31946>, Const<31947>, Const<31948>, Const<31949>, Const<31950>, Const<31951>),
        (Const<31952>, Const<31953>, Const<31954>, Const<31955>, Const<31956>, Const<31957>, Const<31958>, Const<31959>, Const<31960>, Const<31961>, Const<31962>, Const<31963>, Const<31964>, Const<31965>, Const<31966>, Const<31967>),
        (Const<31968>, Const<31969>, Const<31970>, Const<31971>, Const<31972>, Const<31973>, Const<31974>, Const<31975>, Const<31976>, Const<31977>, Const<31978>, Const<31979>, Const<31980>, Const<31981>, Const<31982>, Const<31983>),
        (Const<31984>, Const<31985>, Const<31986>, Const<31987>, Const<31988>, Const<31989>, Const<31990>, Const<31991>, Const<31992>, Const<31993>, Const<31994>, Const<31995>, Const<31996>, Const<31997>, Const<31998>, Const<31999>),
    );
}

impl Row for typenum::consts::U125 {
    type Cols = (
        (Const<32000>, Const<32001>, Const<32002>, Const<32003>, Const<32004>, Const<32005>, Const<32006>, Const<32007>, Const<32008>, Const<32009>, Const<32010>, Const<32011>, Const<32012>, Const<32013>, Const<32014>, Const<32015>),
        (Const<32016>, Const<32017>, Const<32018>, Const<32019>, Const<32020>, Const<32021>, Const<32022>, Const<32023>, Const<32024>, Const<32025>, Const<32026>, Const<32027>, Const<32028>, Const<32029>, Const<32030>, Const<32031>),
        (Const<32032>, Const<32033>, Const<32034>, Const<32035>, Const<32036>, Const<32037>, Const<32038>, Const<32039>, Const<32040>, Const<32041>, Const<32042>, Const<32043>, Const<32044>, Const<32045>, Const<32046>, Const<32047>),
        (Const<32048>, Const<32049>, Const<32050>, Const<32051>, Const<32052>, Const<32053>, Const<32054>, Const<32055>, Const<32056>, Const<32057>, Const<32058>, Const<32059>, Const<32060>, Const<32061>, Const<32062>, Const<32063>),
        (Const<32064>, Const<32065>, Const<32066>, Const<32067>, Const<32068>, Const<32069>, Const<32070>, Const<32071>, Const<32072>, Const<32073>, Const<32074>, Const<32075>, Const<32076>, Const<32077>, Const<32078>, Const<32079>),
        (Const<32080>, Const<32081>, Const<32082>, Const<32083>, Const<32084>, Const<32085>, Const<32086>, Const<32087>, Const<32088>, Const<32089>, Const<32090>, Const<32091>, Const<32092>, Const<32093>, Const<32094>, Const<32095>),
        (Const<32096>, Const<32097>, Const<32098>, Const<32099>, Const<32100>, Const<32101>, Const<32102>, Const<32103>, Const<32104>, Const<32105>, Const<32106>, Const<32107>, Const<32108>, Const<32109>, Const<32110>, Const<32111>),
        (Const<32112>, Const<32113>, Const<32114>, Const<32115>, Const<32116>, Const<32117>, Const<32118>, Const<32119>, Const<32120>, Const<32121>, Const<32122>, Const<32123>, Const<32124>, Const<32125>, Const<32126>, Const<32127>),
        (Const<32128>, Const<32129>, Const<32130>, Const<32131>, Const<32132>, Const<32133>, Const<32134>, Const<32135>, Const<32136>, Const<32137>, Const<32138>, Const<32139>, Const<32140>, Const<32141>, Const<32142>, Const<32143>),
        (Const<32144>, Const<32145>, Const<32146>, Const<32147>, Const<32148>, Const<32149>, Const<32150>, Const<32151>, Const<32152>, Const<32153>, Const<32154>, Const<32155>, Const<32156>, Const<32157>, Const<32158>, Const<32159>),
        (Const<32160>, Const<32161>, Const<32162>, Const<32163>, Const<32164>, Const<32165>, Const<32166>, Const<32167>, Const<32168>, Const<32169>, Const<32170>, Const<32171>, Const<32172>, Const<32173>, Const<32174>, Const<32175>),
        (Const<32176>, Const<32177>, Const<32178>, Const<32179>, Const<32180>, Const<32181>, Const<32182>, Const<32183>, Const<32184>, Const<32185>, Const<32186>, Const<32187>, Const<32188>, Const<32189>, Const<32190>, Const<32191>),
        (Const<32192>, Const<32193>, Const<32194>, Const<32195>, Const<32196>, Const<32197>, Const<32198>, Const<32199>, Const<32200>, Const<32201>, Const<32202>, Const<32203>, Const<32204>, Const<32205>, Const<32206>, Const<32207>),
        (Const<32208>, Const<32209>, Const<32210>, Const<32211>, Const<32212>, Const<32213>, Const<32214>, Const<32215>, Const<32216>, Const<32217>, Const<32218>, Const<32219>, Const<32220>, Const<32221>, Const<32222>, Const<32223>),
        (Const<32224>, Const<32225>, Const<32226>, Const<32227>, Const<32228>, Const<32229>, Const<32230>, Const<32231>, Const<32232>, Const<32233>, Const<32234>, Const<32235>, Const<32236>, Const<32237>, Const<32238>, Const<32239>),
        (Const<32240>, Const<32241>, Const<32242>, Const<32243>, Const<32244>, Const<32245>, Const<32246>, Const<32247>, Const<32248>, Const<32249>, Const<32250>, Const<32251>, Const<32252>, Const<32253>, Const<32254>, Const<32255>),
    );
}

impl Row for typenum::consts::U126 {
    type Cols = (
        (Const<32256>, Const<32257>, Const<32258>, Const<32259>, Const<32260>, Const<32261>, Const<32262>, Const<32263>, Const<32264>, Const<32265>, Const<32266>, Const<32267>, Const<32268>, Const<32269>, Const<32270>, Const<32271>),
        (Const<32272>, Const<32273>, Const<32274>, Const<32275>, Const<32276>, Const<32277>, Const<32278>, Const<32279>, Const<32280>, Const<32281>, Const<32282>, Const<32283>, Const<32284>, Const<32285>, Const<32286>, Const<32287>),
        (Const<32288>, Const<32289>, Const<32290>, Const<32291>, Const<32292>, Const<32293>, Const<32294>, Const<32295>, Const<32296>, Const<32297>, Const<32298>, Const<32299>, Const<32300>, Const<32301>, Const<32302>, Const<32303>),
        (Const<32304>, Const<32305>, Const<32306>, Const<32307>, Const<32308>, Const<32309>, Const<32310>, Const<32311>, Const<32312>, Const<32313>, Const<32314>, Const<32315>, Const<32316>, Const<32317>, Const<32318>, Const<32319>),
        (Const<32320>, Const<32321>, Const<32322>, Const<32323>, Const<32324>, Const<32325>, Const<32326>, Const<32327>, Const<32328>, Const<32329>, Const<32330>, Const<32331>, Const<32332>, Const<32333>, Const<32334>, Const<32335>),
        (Const<32336>, Const<32337>, Const<32338>, Const<32339>, Const<32340>, Const<32341>, Const<32342>, Const<32343>, Const<32344>, Const<32345>, Const<32346>, Const<32347>, Const<32348>, Const<32349>, Const<32350>, Const<32351>),
        (Const<32352>, Const<32353>, Const<32354>, Const<32355>, Const<32356>, Const<32357>, Const<32358>, Const<32359>, Const<32360>, Const<32361>, Const<32362>, Const<32363>, Const<32364>, Const<32365>, Const<32366>, Const<32367>),
        (Const<32368>, Const<32369>, Const<32370>, Const<32371>, Const<32372>, Const<32373>, Const<32374>, Const<32375>, Const<32376>, Const<32377>, Const<32378>, Const<32379>, Const<32380>, Const<32381>, Const<32382>, Const<32383>),
        (Const<32384>, Const<32385>, Const<32386>, Const<32387>, Const<32388>, Const<32389>, Const<32390>, Const<32391>, Const<32392>, Const<32393>, Const<32394>, Const<32395>, Const<32396>, Const<32397>, Const<32398>, Const<32399>),
        (Const<32400>, Const<32401>, Const<32402>, Const<32403>, Const<32404>, Const<32405>, Const<32406>, Const<32407>, Const<32408>, Const<32409>, Const<32410>, Const<32411>, Const<32412>, Const<32413>, Const<32414>, Const<32415>),
        (Const<32416>, Const<32417>, Const<32418>, Const<32419>, Const<32420>, Const<32421>, Const<32422>, Const<32423>, Const<32424>, Const<32425>, Const<32426>, Const<32427>, Const<32428>, Const<32429>, Const<32430>, Const<32431>),
        (Const<32432>, Const<32433>, Const<32434>, Const<32435>, Const<32436>, Const<32437>, Const<32438>, Const<32439>, Const<32440>, Const<32441>, Const<32442>, Const<32443>, Const<32444>, Const<32445>, Const<32446>, Const<32447>),
        (Const<32448>, Const<32449>, Const<32450>, Const<32451>, Const<32452>, Const<32453>, Const<32454>, Const<32455>, Const<32456>, Const<32457>, Const<32458>, Const<32459>, Const<32460>, Const<32461>, Const<32462>, Const<32463>),
        (Const<32464>, Const<32465>, Const<32466>, Const<32467>, Const<32468>, Const<32469>, Const<32470>, Const<32471>, Const<32472>, Const<32473>, Const<32474>, Const<32475>, Const<32476>, Const<32477>, Const<32478>, Const<32479>),
        (Const<32480>, Const<32481>, Const<32482>, Const<32483>, Const<32484>, Const<32485>, Const<32486>, Const<32487>, Const<32488>, Const<32489>, Const<32490>, Const<32491>, Const<32492>, Const<32493>, Const<32494>, Const<32495>),
        (Const<32496>, Const<32497>, Const<32498>, Const<32499>, Const<32500>, Const<32501>, Const<32502>, Const<32503>, Const<32504>, Const<32505>, Const<32506>, Const<32507>, Const<32508>, Const<32509>, Const<32510>, Const<32511>),
    );
}

impl Row for typenum::consts::U127 {
    type Cols = (
        (Const<32512>, Const<32513>, Const<32514>, Const<32515>, Const<32516>, Const<32517>, Const<32518>, Const<32519>, Const<32520>, Const<32521>, Const<32522>, Const<32523>, Const<32524>, Const<32525>, Const<32526>, Const<32527>),
        (Const<32528>, Const<32529>, Const<32530>, Const<32531>, Const<32532>, Const<32533>, Const<32534>, Const<32535>, Const<32536>, Const<32537>, Const<32538>, Const<32539>, Const<32540>, Const<32541>, Const<32542>, Const<32543>),
        (Const<32544>, Const<32545>, Const<32546>, Const<32547>, Const<32548>, Const<32549>, Const<32550>, Const<32551>, Const<32552>, Const<32553>, Const<32554>, Const<32555>, Const<32556>, Const<32557>, Const<32558>, Const<32559>),
        (Const<32560>, Const<32561>, Const<32562>, Const<32563>, Const<32564>, Const<32565>, Const<32566>, Const<32567>, Const<32568>, Const<32569>, Const<32570>, Const<32571>, Const<32572>, Const<32573>, Const<32574>, Const<32575>),
        (Const<32576>, Const<32577>, Const<32578>, Const<32579>, Const<32580>, Const<32581>, Const<32582>, Const<32583>, Const<32584>, Const<32585>, Const<32586>, Const<32587>, Const<32588>, Const<32589>, Const<32590>, Const<32591>),
        (Const<32592>, Const<32593>, Const<32594>, Const<32595>, Const<32596>, Const<32597>, Const<32598>, Const<32599>, Const<32600>, Const<32601>, Const<32602>, Const<32603>, Const<32604>, Const<32605>, Const<32606>, Const<32607>),
        (Const<32608>, Const<32609>, Const<32610>, Const<32611>, Const<32612>, Const<32613>, Const<32614>, Const<32615>, Const<32616>, Const<32617>, Const<32618>, Const<32619>, Const<32620>, Const<32621>, Const<32622>, Const<32623>),
        (Const<32624>, Const<32625>, Const<32626>, Const<32627>, Const<32628>, Const<32629>, Const<32630>, Const<32631>, Const<32632>, Const<32633>, Const<32634>, Const<32635>, Const<32636>, Const<32637>, Const<32638>, Const<32639>),
        (Const<32640>, Const<32641>, Const<32642>, Const<32643>, Const<32644>, Const<32645>, Const<32646>, Const<32647>, Const<32648>, Const<32649>, Const<32650>, Const<32651>, Const<32652>, Const<32653>, Const<32654>, Const<32655>),
        (Const<32656>, Const<32657>, Const<32658>, Const<32659>, Const<32660>, Const<32661>, Const<32662>, Const<32663>, Const<32664>, Const<32665>, Const<32666>, Const<32667>, Const<32668>, Const<32669>, Const<32670>, Const<32671>),
        (Const<32672>, Const<32673>, Const<32674>, Const<32675>, Const<32676>, Const<32677>, Const<32678>, Const<32679>, Const<32680>, Const<32681>, Const<32682>, Const<32683>, Const<32684>, Const<32685>, Const<32686>, Const<32687>),
        (Const<32688>, Const<32689>, Const<32690>, Const<32691>, Const<32692>, Const<32693>, Const<32694>, Const<32695>, Const<32696>, Const<32697>, Const<32698>, Const<32699>, Const<32700>, Const<32701>, Const<32702>, Const<32703>),
        (Const<32704>, Const<32705>, Const<32706>, Const<32707>, Const<32708>, Const<32709>, Const<32710>, Const<32711>, Const<32712>, Const<32713>, Const<32714>, Const<32715>, Const<32716>, Const<32717>, Const<32718>, Const<32719>),
        (Const<32720>, Const<32721>, Const<32722>, Const<32723>, Const<32724>, Const<32725>, Const<32726>, Const<32727>, Const<32728>, Const<32729>, Const<32730>, Const<32731>, Const<32732>, Const<32733>, Const<32734>, Const<32735>),
        (Const<32736>, Const<32737>, Const<32738>, Const<32739>, Const<32740>, Const<32741>, Const<32742>, Const<32743>, Const<32744>, Const<32745>, Const<32746>, Const<32747>, Const<32748>, Const<32749>, Const<32750>, Const<32751>),
        (Const<32752>, Const<32753>, Const<32754>, Const<32755>, Const<32756>, Const<32757>, Const<32758>, Const<32759>, Const<32760>, Const<32761>, Const<32762>, Const<32763>, Const<32764>, Const<32765>, Const<32766>, Const<32767>),
    );
}

impl Row for typenum::consts::U128 {
    type Cols = (
        (Const<32768>, Const<32769>, Const<32770>, Const<32771>, Const<32772>, Const<32773>, Const<32774>, Const<32775>, Const<32776>, Const<32777>, Const<32778>, Const<32779>, Const<32780>, Const<32781>, Const<32782>, Const<32783>),
        (Const<32784>, Const<32785>, Const<32786>, Const<32787>, Const<32788>, Const<32789>, Const<32790>, Const<32791>, Const<32792>, Const<32793>, Const<32794>, Const<32795>, Const<32796>, Const<32797>, Const<32798>, Const<32799>),
        (Const<32800>, Const<32801>, Const<32802>, Const<32803>, Const<32804>, Const<32805>, Const<32806>, Const<32807>, Const<32808>, Const<32809>, Const<32810>, Const<32811>, Const<32812>, Const<32813>, Const<32814>, Const<32815>),
        (Const<32816>, Const<32817>, Const<32818>, Const<32819>, Const<32820>, Const<32821>, Const<32822>, Const<32823>, Const<32824>, Const<32825>, Const<32826>, Const<32827>, Const<32828>, Const<32829>, Const<32830>, Const<32831>),
        (Const<32832>, Const<32833>, Const<32834>, Const<32835>, Const<32836>, Const<32837>, Const<32838>, Const<32839>, Const<32840>, Const<32841>, Const<32842>, Const<32843>, Const<32844>, Const<32845>, Const<32846>, Const<32847>),
        (Const<32848>, Const<32849>, Const<32850>, Const<32851>, Const<32852>, Const<32853>, Const<32854>, Const<32855>, Const<32856>, Const<32857>, Const<32858>, Const<32859>, Const<32860>, Const<32861>, Const<32862>, Const<32863>),
        (Const<32864>, Const<32865>, Const<32866>, Const<32867>, Const<32868>, Const<32869>, Const<32870>, Const<32871>, Const<32872>, Const<32873>, Const<32874>, Const<32875>, Const<32876>, Const<32877>, Const<32878>, Const<32879>),
        (Const<32880>, Const<32881>, Const<32882>, Const<32883>, Const<32884>, Const<32885>, Const<32886>, Const<32887>, Const<32888>, Const<32889>, Const<32890>, Const<32891>, Const<32892>, Const<32893>, Const<32894>, Const<32895>),
        (Const<32896>, Const<32897>, Const<32898>, Const<32899>, Const<32900>, Const<32901>, Const<32902>, Const<32903>, Const<32904>, Const<32905>, Const<32906>, Const<32907>, Const<32908>, Const<32909>, Const<32910>, Const<32911>),
        (Const<32912>, Const<32913>, Const<32914>, Const<32915>, Const<32916>, Const<32917>, Const<32918>, Const<32919>, Const<32920>, Const<32921>, Const<32922>, Const<32923>, Const<32924>, Const<32925>, Const<32926>, Const<32927>),
        (Const<32928>, Const<32929>, Const<32930>, Const<32931>, Const<32932>, Const<32933>, Const<32934>, Const<32935>, Const<32936>, Const<32937>, Const<32938>, Const<32939>, Const<32940>, Const<32941>, Const<32942>, Const<32943>),
        (Const<32944>, Const<32945>, Const<32946>, Const<32947>, Const<32948>, Const<32949>, Const<32950>, Const<32951>, Const<32952>, Const<32953>, Const<32954>, Const<32955>, Const<32956>, Const<32957>, Const<32958>, Const<32959>),
        (Const<32960>, Const<32961>, Const<32962>, Const<32963>, Const<32964>, Const<32965>, Const<32966>, Const<32967>, Const<32968>, Const<32969>, Const<32970>, Const<32971>, Const<32972>, Const<32973>, Const<32974>, Const<32975>),
        (Const<32976>, Const<32977>, Const<32978>, Const<32979>, Const<32980>, Const<32981>, Const<32982>, Const<32983>, Const<32984>, Const<32985>, Const<32986>, Const<32987>, Const<32988>, Const<32989>, Const<32990>, Const<32991>),
        (Const<32992>, Const<32993>, Const<32994>, Const<32995>, Const<32996>, Const<32997>, Const<32998>, Const<32999>, Const<33000>, Const<33001>, Const<33002>, Const<33003>, Const<33004>, Const<33005>, Const<33006>, Const<33007>),
        (Const<33008>, Const<33009>, Const<33010>, Const<33011>, Const<33012>, Const<33013>, Const<33014>, Const<33015>, Const<33016>, Const<33017>, Const<33018>, Const<33019>, Const<33020>, Const<33021>, Const<33022>, Const<33023>),
    );
}

impl Row for typenum::consts::U129 {
    type Cols = (
        (Const<33024>, Const<33025>, Const<33026>, Const<33027>, Const<33028>, Const<33029>, Const<33030>, Const<33031>, Const<33032>, Const<33033>, Const<33034>, Const<33035>, Const<33036>, Const<33037>, Const<33038>, Const<33039>),
        (Const<33040>, Const<33041>, Const<33042>, Const<33043>, Const<33044>, Const<33045>, Const<33046>, Const<33047>, Const<33048>, Const<33049>, Const<33050>, Const<33051>, Const<33052>, Const<33053>, Const<33054>, Const<33055>),
        (Const<33056>, Const<33057>, Const<33058>, Const<33059>, Const<33060>, Const<33061>, Const<33062>, Const<33063>, Const<33064>, Const<33065>, Const<33066>, Const<33067>, Const<33068>, Const<33069>, Const<33070>, Const<33071>),
        (Const<33072>, Const<33073>, Const<33074>, Const<33075>, Const<33076>, Const<33077>, Const<33078>, Const<33079>, Const<33080>, Const<33081>, Const<33082>, Const<33083>, Const<33084>, Const<33085>, Const<33086>, Const<33087>),
        (Const<33088>, Const<33089>, Const<33090>, Const<33091>, Const<33092>, Const<33093>, Const<33094>, Const<33095>, Const<33096>, Const<33097>, Const<33098>, Const<33099>, Const<33100>, Const<33101>, Const<33102>, Const<33103>),
        (Const<33104>, Const<33105>, Const<33106>, Const<33107>, Const<33108>, Const<33109>, Const<33110>, Const<33111>, Const<33112>, Const<33113>, Const<33114>, Const<33115>, Const<33116>, Const<33117>, Const<33118>, Const<33119>),
        (Const<33120>, Const<33121>, Const<33122>, Const<33123>, Const<33124>, Const<33125>, Const<33126>, Const<33127>, Const<33128>, Const<33129>, Const<33130>, Const<33131>, Const<33132>, Const<33133>, Const<33134>, Const<33135>),
        (Const<33136>, Const<33137>, Const<33138>, Const<33139>, Const<33140>, Const<33141>, Const<33142>, Const<33143>, Const<33144>, Const<33145>, Const<33146>, Const<33147>, Const<33148>, Const<33149>, Const<33150>, Const<33151>),
        (Const<33152>, Const<33153>, Const<33154>, Const<33155>, Const<33156>, Const<33157>, Const<33158>, Const<33159>, Const<33160>, Const<33161>, Const<33162>, Const<33163>, Const<33164>, Const<33165>, Const<33166>, Const<33167>),
        (Const<33168>, Const<33169>, Const<33170>, Const<33171>, Const<33172>, Const<33173>, Const<33174>, Const<33175>, Const<33176>, Const<33177>, Const<33178>, Const<33179>, Const<33180>, Const<33181>, Const<33182>, Const<33183>),
        (Const<33184>, Const<33185>, Const<33186>, Const<33187>, Const<33188>, Const<33189>, Const<33190>, Const<33191>, Const<33192>, Const<33193>, Const<33194>, Const<33195>, Const<33196>, Const<33197>, Const<33198>, Const<33199>),
        (Const<33200>, Const<33201>, Const<33202>, Const<33203>, Const<33204>, Const<33205>, Const<33206>, Const<33207>, Const<33208>, Const<33209>, Const<33210>, Const<33211>, Const<33212>, Const<33213>, Const<33214>, Const<33215>),
        (Const<33216>, Const<33217>, Const<33218>, Const<33219>, Const<33220>, Const<33221>, Const<33222>, Const<33223>, Const<33224>, Const<33225>, Const<33226>, Const<33227>, Const<33228>, Const<33229>, Const<33230>, Const<33231>),
        (Const<33232>, Const<33233>, Const<33234>, Const<33235>, Const<33236>, Const<33237>, Const<33238>, Const<33239>, Const<33240>, Const<33241>, Const<33242>, Const<33243>, Const<33244>, Const<33245>, Const<33246>, Const<33247>),
        (Const<33248>, Const<33249>, Const<33250>, Const<33251>, Const<33252>, Const<33253>, Const<33254>, Const<33255>, Const<33256>, Const<33257>, Const<33258>, Const<33259>, Const<33260>, Const<33261>, Const<33262>, Const<33263>),
        (Const<33264>, Const<33265>, Const<33266>, Const<33267>, Const<33268>, Const<33269>, Const<33270>, Const<33271>, Const<33272>, Const<33273>, Const<33274>, Const<33275>, Const<33276>, Const<33277>, Const<33278>, Const<33279>),
    );
}

impl Row for typenum::consts::U130 {
    type Cols = (
        (Const<33280>, Const<33281>, Const<33282>, Const<33283>, Const<33284>, Const<33285>, Const<33286>, Const<33287>, Const<33288>, Const<33289>, Const<33290>, Const<33291>, Const<33292>, Const<33293>, Const<33294>, Const<33295>),
        (Const<33296>, Const<33297>, Const<33298>, Const<33299>, Const<33300>, Const<33301>, Const<33302>, Const<33303>, Const<33304>, Const<33305>, Const<33306>, Const<33307>, Const<33308>, Const<33309>, Const<33310>, Const<33311>),
        (Const<33312>, Const<33313>, Const<33314>, Const<33315>, Const<33316>, Const<33317>, Const<33318>, Const<33319>, Const<33320>, Const<33321>, Const<33322>, Const<33323>, Const<33324>, Const<33325>, Const<33326>, Const<33327>),
        (Const<33328>, Const<33329>, Const<33330>, Const<33331>, Const<33332>, Const<33333>, Const<33334>, Const<33335>, Const<33336>, Const<33337>, Const<33338>, Const<33339>, Const<33340>, Const<33341>, Const<33342>, Const<33343>),
        (Const<33344>, Const<33345>, Const<33346>, Const<33347>, Const<33348>, Const<33349>, Const<33350>, Const<33351>, Const<33352>, Const<33353>, Const<33354>, Const<33355>, Const<33356>, Const<33357>, Const<33358>, Const<33359>),
        (Const<33360>, Const<33361>, Const<33362>, Const<33363>, Const<33364>, Const<33365>, Const<33366>, Const<33367>, Const<33368>, Const<33369>, Const<33370>, Const<33371>, Const<33372>, Const<33373>, Const<33374>, Const<33375>),
        (Const<33376>, Const<33377>, Const<33378>, Const<33379>, Const<33380>, Const<33381>, Const<33382>, Const<33383>, Const<33384>, Const<33385>, Const<33386>, Const<33387>, Const<33388>, Const<33389>, Const<33390>, Const<33391>),
        (Const<33392>, Const<33393>, Const<33394>, Const<33395>, Const<33396>, Const<33397>, Const<33398>, Const<33399>, Const<33400>, Const<33401>, Const<33402>, Const<33403>, Const<33404>, Const<33405>, Const<33406>, Const<33407>),
        (Const<33408>, Const<33409>, Const<33410>, Const<33411>, Const<33412>, Const<33413>, Const<33414>, Const<33415>, Const<33416>, Const<33417>, Const<33418>, Const<33419>, Const<33420>, Const<33421>, Const<33422>, Const<33423>),
        (Const<33424>, Const<33425>, Const<33426>, Const<33427>, Const<33428>, Const<33429>, Const<33430>, Const<33431>, Const<33432>, Const<33433>, Const<33434>, Const<33435>, Const<33436>, Const<33437>, Const<33438>, Const<33439>),
        (Const<33440>, Const<33441>, Const<33442>, Const<33443>, Const<33444>, Const<33445>, Const<33446>, Const<33447>, Const<33448>, Const<33449>, Const<33450>, Const<33451>, Const<33452>, Const<33453>, Const<33454>, Const<33455>),
        (Const<33456>, Const<33457>, Const<33458>, Const<33459>, Const<33460>, Const<33461>, Const<33462>, Const<33463>, Const<33464>, Const<33465>, Const<33466>, Const<33467>, Const<33468>, Const<33469>, Const<33470>, Const<33471>),
        (Const<33472>, Const<33473>, Const<33474>, Const<33475>, Const<33476>, Const<33477>, Const<33478>, Const<33479>, Const<33480>, Const<33481>, Const<33482>, Const<33483>, Const<33484>, Const<33485>, Const<33486>, Const<33487>),
        (Const<33488>, Const<33489>, Const<33490>, Const<33491>, Const<33492>, Const<33493>, Const<33494>, Const<33495>, Const<33496>, Const<33497>, Const<33498>, Const<33499>, Const<33500>, Const<33501>, Const<33502>, Const<33503>),
        (Const<33504>, Const<33505>, Const<33506>, Const<33507>, Const<33508>, Const<33509>, Const<33510>, Const<33511>, Const<33512>, Const<33513>, Const<33514>, Const<33515>, Const<33516>, Const<33517>, Const<33518>, Const<33519>),
        (Const<33520>, Const<33521>, Const<33522>, Const<33523>, Const<33524>, Const<33525>, Const<33526>, Const<33527>, Const<33528>, Const<33529>, Const<33530>, Const<33531>, Const<33532>, Const<33533>, Const<33534>, Const<33535>),
    );
}

impl Row for typenum::consts::U131 {
    type Cols = (
        (Const<33536>, Const<33537>, Const<33538>, Const<33539>, Const<33540>, Const<33541>, Const<33542>, Const<33543>, Const<33544>, Const<33545>, Const<33546>, Const<33547>, Const<33548>, Const<33549>, Const<33550>, Const<33551>),
        (Const<33552>, Const<33553>, Const<33554>, Const<33555>, Const<33556>, Const<33557>, Const<33558>, Const<33559>, Const<33560>, Const<33561>, Const<33562>, Const<33563>, Const<33564>, Const<33565>, Const<33566>, Const<33567>),
        (Const<33568>, Const<33569>, Const<33570>, Const<33571>, Const<33572>, Const<33573>, Const<33574>, Const<33575>, Const<33576>, Const<33577>, Const<33578>, Const<33579>, Const<33580>, Const<33581>, Const<33582>, Const<33583>),
        (Const<33584>, Const<33585>, Const<33586>, Const<33587>, Const<33588>, Const<33589>, Const<33590>, Const<33591>, Const<33592>, Const<33593>, Const<33594>, Const<33595>, Const<33596>, Const<33597>, Const<33598>, Const<33599>),
        (Const<33600>, Const<33601>, Const<33602>, Const<33603>, Const<33604>, Const<33605>, Const<33606>, Const<33607>, Const<33608>, Const<33609>, Const<33610>, Const<33611>, Const<33612>, Const<33613>, Const<33614>, Const<33615>),
        (Const<33616>, Const<33617>, Const<33618>, Const<33619>, Const<33620>, Const<33621>, Const<33622>, Const<33623>, Const<33624>, Const<33625>, Const<33626>, Const<33627>, Const<33628>, Const<33629>, Const<33630>, Const<33631>),
        (Const<33632>, Const<33633>, Const<33634>, Const<33635>, Const<33636>, Const<33637>, Const<33638>, Const<33639>, Const<33640>, Const<33641>, Const<33642>, Const<33643>, Const<33644>, Const<33645>, Const<33646>, Const<33647>),
        (Const<33648>, Const<33649>, Const<33650>, Const<33651>, Const<33652>, Const<33653>, Const<33654>, Const<33655>, Const<33656>, Const<33657>, Const<33658>, Const<33659>, Const<33660>, Const<33661>, Const<33662>, Const<33663>),
        (Const<33664>, Const<33665>, Const<33666>, Const<33667>, Const<33668>, Const<33669>, Const<33670>, Const<33671>, Const<33672>, Const<33673>, Const<33674>, Const<33675>, Const<33676>, Const<33677>, Const<33678>, Const<33679>),
        (Const<33680>, Const<33681>, Const<33682>, Const<33683>, Const<33684>, Const<33685>, Const<33686>, Const<33687>, Const<33688>, Const<33689>, Const<33690>, Const<33691>, Const<33692>, Const<33693>, Const<33694>, Const<33695>),
        (Const<33696>, Const<33697>, Const<33698>, Const<33699>, Const<33700>, Const<33701>, Const<33702>, Const<33703>, Const<33704>, Const<33705>, Const<33706>, Const<33707>, Const<33708>, Const<33709>, Const<33710>, Const<33711>),
        (Const<33712>, Const<33713>, Const<33714>, Const<33715>, Const<33716>, Const<33717>, Const<33718>, Const<33719>, Const<33720>, Const<33721>, Const<33722>, Const<33723>, Const<33724>, Const<33725>, Const<33726>, Const<33727>),
        (Const<33728>, Const<33729>, Const<33730>, Const<33731>, Const<33732>, Const<33733>, Const<33734>, Const<33735>, Const<33736>, Const<33737>, Const<33738>, Const<33739>, Const<33740>, Const<33741>, Const<33742>, Const<33743>),
        (Const<33744>, Const<33745>, Const<33746>, Const<33747>, Const<33748>, Const<33749>, Const<33750>, Const<33751>, Const<33752>, Const<33753>, Const<33754>, Const<33755>, Const<33756>, Const<33757>, Const<33758>, Const<33759>),
        (Const<33760>, Const<33761>, Const<33762>, Const<33763>, Const<33764>, Const<33765>, Const<33766>, Const<33767>, Const<33768>, Const<33769>, Const<33770>, Const<33771>, Const<33772>, Const<33773>, Const<33774>, Const<33775>),
        (Const<33776>, Const<33777>, Const<33778>, Const<33779>, Const<33780>, Const<33781>, Const<33782>, Const<33783>, Const<33784>, Const<33785>, Const<33786>, Const<33787>, Const<33788>, Const<33789>, Const<33790>, Const<33791>),
    );
}

impl Row for typenum::consts::U132 {
    type Cols = (
        (Const<33792>, Const<33793>, Const<33794>, Const<33795>, Const<33796>, Const<33797>, Const<33798>, Const<33799>, Const<33800>, Const<33801>, Const<33802>, Const<33803>, Const<33804>, Const<33805>, Const<33806>, Const<33807>),
        (Const<33808>, Const<33809>, Const<33810>, Const<33811>, Const<33812>, Const<33813>, Const<33814>, Const<33815>, Const<33816>, Const<33817>, Const<33818>, Const<33819>, Const<33820>, Const<33821>, Const<33822>, Const<33823>),
        (Const<33824>, Const<33825>, Const<33826>, Const<33827>, Const<33828>, Const<33829>, Const<33830>, Const<33831>, Const<33832>, Const<33833>, Const<33834>, Const<33835>, Const<33836>, Const<33837>, Const<33838>, Const<33839>),
        (Const<33840>, Const<33841>, Const<33842>, Const<33843>, Const<33844>, Const<33845>, Const<33846>, Const<33847>, Const<33848>, Const<33849>, Const<33850>, Const<33851>, Const<33852>, Const<33853>, Const<33854>, Const<33855>),
        (Const<33856>, Const<33857>, Const<33858>, Const<33859>, Const<33860>, Const<33861>, Const<33862>, Const<33863>, Const<33864>, Const<33865>, Const<33866>, Const<33867>, Const<33868>, Const<33869>, Const<33870>, Const<33871>),
        (Const<33872>, Const<33873>, Const<33874>, Const<33875>, Const<33876>, Const<33877>, Const<33878>, Const<33879>, Const<33880>, Const<33881>, Const<33882>, Const<33883>, Const<33884>, Const<33885>, Const<33886>, Const<33887>),
        (Const<33888>, Const<33889>, Const<33890>, Const<33891>, Const<33892>, Const<33893>, Const<33894>, Const<33895>, Const<33896>, Const<33897>, Const<33898>, Const<33899>, Const<33900>, Const<33901>, Const<33902>, Const<33903>),
        (Const<33904>, Const<33905>, Const<33906>, Const<33907>, Const<33908>, Const<33909>, Const<33910>, Const<33911>, Const<33912>, Const<33913>, Const<33914>, Const<33915>, Const<33916>, Const<33917>, Const<33918>, Const<33919>),
        (Const<33920>, Const<33921>, Const<33922>, Const<33923>, Const<33924>, Const<33925>, Const<33926>, Const<33927>, Const<33928>, Const<33929>, Const<33930>, Const<33931>, Const<33932>, Const<33933>, Const<33934>, Const<33935>),
        (Const<33936>, Const<33937>, Const<33938>, Const<33939>, Const<33940>, Const<33941>, Const<33942>, Const<33943>, Const<33944>, Const<33945>, Const<33946>, Const<33947>, Const<33948>, Const<33949>, Const<33950>, Const<33951>),
        (Const<33952>, Const<33953>, Const<33954>, Const<33955>, Const<33956>, Const<33957>, Const<33958>, Const<33959>, Const<33960>, Const<33961>, Const<33962>, Const<33963>, Const<33964>, Const<33965>, Const<33966>, Const<33967>),
        (Const<33968>, Const<33969>, Const<33970>, Const<33971>, Const<33972>, Const<33973>, Const<33974>, Const<33975>, Const<33976>, Const<33977>, Const<33978>, Const<33979>, Const<33980>, Const<33981>, Const<33982>, Const<33983>),
        (Const<33984>, Const<33985>, Const<33986>, Const<33987>, Const<33988>, Const<33989>, Const<33990>, Const<33991>, Const<33992>, Const<33993>, Const<33994>, Const<33995>, Const<33996>, Const<33997>, Const<33998>, Const<33999>),
        (Const<34000>, Const<34001>, Const<34002>, Const<34003>, Const<34004>, Const<34005>, Const<34006>, Const<34007>, Const<34008>, Const<34009>, Const<34010>, Const<34011>, Const<34012>, Const<34013>, Const<34014>, Const<34015>),
        (Const<34016>, Const<34017>, Const<34018>, Const<34019>, Const<34020>, Const<34021>, Const<34022>, Const<34023>, Const<34024>, Const<34025>, Const<34026>, Const<34027>, Const<34028>, Const<34029>, Const<34030>, Const<34031>),
        (Const<34032>, Const<34033>, Const<34034>, Const<34035>, Const<34036>, Const<34037>, Const<34038>, Const<34039>, Const<34040>, Const<34041>, Const<34042>, Const<34043>, Const<34044>, Const<34045>, Const<34046>, Const<34047>),
    );
}

impl Row for typenum::consts::U133 {
    type Cols = (
        (Const<34048>, Const<34049>, Const<34050>, Const<34051>, Const<34052>, Const<34053>, Const<34054>, Const<34055>, Const<34056>, Const<34057>, Const<34058>, Const<34059>, Const<34060>, Const<34061>, Const<34062>, Const<34063>),
        (Const<34064>, Const<34065>, Const<34066>, Const<34067>, Const<34068>, Const<34069>, Const<34070>, Const<34071>, Const<34072>, Const<34073>, Const<34074>, Const<34075>, Const<34076>, Const<34077>, Const<34078>, Const<34079>),
        (Const<34080>, Const<34081>, Const<34082>, Const<34083>, Const<34084>, Const<34085>, Const<34086>, Const<34087>, Const<34088>, Const<34089>, Const<34090>, Const<34091>, Const<34092>, Const<34093>, Const<34094>, Const<34095>),
        (Const<34096>, Const<34097>, Const<34098>, Const<34099>, Const<34100>, Const<34101>, Const<34102>, Const<34103>, Const<34104>, Const<34105>, Const<34106>, Const<34107>, Const<34108>, Const<34109>, Const<34110>, Const<34111>),
        (Const<34112>, Const<34113>, Const<34114>, Const<34115>, Const<34116>, Const<34117>, Const<34118>, Const<34119>, Const<34120>, Const<34121>, Const<34122>, Const<34123>, Const<34124>, Const<34125>, Const<34126>, Const<34127>),
        (Const<34128>, Const<34129>, Const<34130>, Const<34131>, Const<34132>, Const<34133>, Const<34134>, Const<34135>, Const<34136>, Const<34137>, Const<34138>, Const<34139>, Const<34140>, Const<34141>, Const<34142>, Const<34143>),
        (Const<34144>, Const<34145>, Const<34146>, Const<34147>, Const<34148>, Const<34149>, Const<34150>, Const<34151>, Const<34152>, Const<34153>, Const<34154>, Const<34155>, Const<34156>, Const<34157>, Const<34158>, Const<34159>),
        (Const<34160>, Const<34161>, Const<34162>, Const<34163>, Const<34164>, Const<34165>, Const<34166>, Const<34167>, Const<34168>, Const<34169>, Const<34170>, Const<34171>, Const<34172>, Const<34173>, Const<34174>, Const<34175>),
        (Const<34176>, Const<34177>, Const<34178>, Const<34179>, Const<34180>, Const<34181>, Const<34182>, Const<34183>, Const<34184>, Const<34185>, Const<34186>, Const<34187>, Const<34188>, Const<34189>, Const<34190>, Const<34191>),
        (Const<34192>, Const<34193>, Const<34194>, Const<34195>, Const<34196>, Const<34197>, Const<34198>, Const<34199>, Const<34200>, Const<34201>, Const<34202>, Const<34203>, Const<34204>, Const<34205>, Const<34206>, Const<34207>),
        (Const<34208>, Const<34209>, Const<34210>, Const<34211>, Const<34212>, Const<34213>, Const<34214>, Const<34215>, Const<34216>, Const<34217>, Const<34218>, Const<34219>, Const<34220>, Const<34221>, Const<34222>, Const<34223>),
        (Const<34224>, Const<34225>, Const<34226>, Const<34227>, Const<34228>, Const<34229>, Const<34230>, Const<34231>, Const<34232>, Const<34233>, Const<34234>, Const<34235>, Const<34236>, Const<34237>, Const<34238>, Const<34239>),
        (Const<34240>, Const<34241>, Const<34242>, Const<34243>, Const<34244>, Const<34245>, Const<34246>, Const<34247>, Const<34248>, Const<34249>, Const<34250>, Const<34251>, Const<34252>, Const<34253>, Const<34254>, Const<34255>),
        (Const<34256>, Const<34257>, Const<34258>, Const<34259>, Const<34260>, Const<34261>, Const<34262>, Const<34263>, Const<34264>, Const<34265>, Const<34266>, Const<34267>, Const<34268>, Const<34269>, Const<34270>, Const<34271>),
        (Const<34272>, Const<34273>, Const<34274>, Const<34275>, Const<34276>, Const<34277>, Const<34278>, Const<34279>, Const<34280>, Const<34281>, Const<34282>, Const<34283>, Const<34284>, Const<34285>, Const<34286>, Const<34287>),
        (Const<34288>, Const<34289>, Const<34290>, Const<34291>, Const<34292>, Const<34293>, Const<34294>, Const<34295>, Const<34296>, Const<34297>, Const<34298>, Const<34299>, Const<34300>, Const<34301>, Const<34302>, Const<34303>),
    );
}

impl Row for typenum::consts::U134 {
    type Cols = (
        (Const<34304>, Const<34305>, Const<34306>, Const<34307>, Const<34308>, Const<34309>, Const<34310>, Const<34311>, Const<34312>, Const<34313>, Const<34314>, Const<34315>, Const<34316>, Const<34317>, Const<34318>, Const<34319>),
        (Const<34320>, Const<34321>, Const<34322>, Const<34323>, Const<34324>, Const<34325>, Const<34326>, Const<34327>, Const<34328>, Const<34329>, Const<34330>, Const<34331>, Const<34332>, Const<34333>, Const<34334>, Const<34335>),
        (Const<34336>, Const<34337>, Const<34338>, Const<34339>, Const<34340>, Const<34341>, Const<34342>, Const<34343>, Const<34344>, Const<34345>, Const<34346>, Const<34347>, Const<34348>, Const<34349>, Const<34350>, Const<34351>),
        (Const<34352>, Const<34353>, Const<34354>, Const<34355>, Const<34356>, Const<34357>, Const<34358>, Const<34359>, Const<34360>, Const<34361>, Const<34362>, Const<34363>, Const<34364>, Const<34365>, Const<34366>, Const<34367>),
        (Const<34368>, Const<34369>, Const<34370>, Const<34371>, Const<34372>, Const<34373>, Const<34374>, Const<34375>, Const<34376>, Const<34377>, Const<34378>, Const<34379>, Const<34380>, Const<34381>, Const<34382>, Const<34383>),
        (Const<34384>, Const<34385>, Const<34386>, Const<34387>, Const<34388>, Const<34389>, Const<34390>, Const<34391>, Const<34392>, Const<34393>, Const<34394>, Const<34395>, Const<34396>, Const<34397>, Const<34398>, Const<34399>),
        (Const<34400>, Const<34401>, Const<34402>, Const<34403>, Const<34404>, Const<34405>, Const<34406>, Const<34407>, Const<34408>, Const<34409>, Const<34410>, Const<34411>, Const<34412>, Const<34413>, Const<34414>, Const<34415>),
        (Const<34416>, Const<34417>, Const<34418>, Const<34419>, Const<34420>, Const<34421>, Const<34422>, Const<34423>, Const<34424>, Const<34425>, Const<34426>, Const<34427>, Const<34428>, Const<34429>, Const<34430>, Const<34431>),
        (Const<34432>, Const<34433>, Const<34434>, Const<34435>, Const<34436>, Const<34437>, Const<34438>, Const<34439>, Const<34440>, Const<34441>, Const<34442>, Const<34443>, Const<34444>, Const<34445>, Const<34446>, Const<34447>),
        (Const<34448>, Const<34449>, Const<34450>, Const<34451>, Const<34452>, Const<34453>, Const<34454>, Const<34455>, Const<34456>, Const<34457>, Const<34458>, Const<34459>, Const<34460>, Const<34461>, Const<34462>, Const<34463>),
        (Const<34464>, Const<34465>, Const<34466>, Const<34467>, Const<34468>, Const<34469>, Const<34470>, Const<34471>, Const<34472>, Const<34473>, Const<34474>, Const<34475>, Const<34476>, Const<34477>, Const<34478>, Const<34479>),
        (Const<34480>, Const<34481>, Const<34482>, Const<34483>, Const<34484>, Const<34485>, Const<34486>, Const<34487>, Const<34488>, Const<34489>, Const<34490>, Const<34491>, Const<34492>, Const<34493>, Const<34494>, Const<34495>),
        (Const<34496>, Const<34497>, Const<34498>, Const<34499>, Const<34500>, Const<34501>, Const<34502>, Const<34503>, Const<34504>, Const<34505>, Const<34506>, Const<34507>, Const<34508>, Const<34509>, Const<34510>, Const<34511>),
        (Const<34512>, Const<34513>, Const<34514>, Const<34515>, Const<34516>, Const<34517>, Const<34518>, Const<34519>, Const<34520>, Const<34521>, Const<34522>, Const<34523>, Const<34524>, Const<34525>, Const<34526>, Const<34527>),
        (Const<34528>, Const<34529>, Const<34530>, Const<34531>, Const<34532>, Const<34533>, Const<34534>, Const<34535>, Const<34536>, Const<34537>, Const<34538>, Const<34539>, Const<34540>, Const<34541>, Const<34542>, Const<34543>),
        (Const<34544>, Const<34545>, Const<34546>, Const<34547>, Const<34548>, Const<34549>, Const<34550>, Const<34551>, Const<34552>, Const<34553>, Const<34554>, Const<34555>, Const<34556>, Const<34557>, Const<34558>, Const<34559>),
    );
}

impl Row for typenum::consts::U135 {
    type Cols = (
        (Const<34560>, Const<34561>, Const<34562>, Const<34563>, Const<34564>, Const<34565>, Const<34566>, Const<34567>, Const<34568>, Const<34569>, Const<34570>, Const<34571>, Const<34572>, Const<34573>, Const<34574>, Const<34575>),
        (Const<34576>, Const<34577>, Const<34578>, Const<34579>, Const<34580>, Const<34581>, Const<34582>, Const<34583>, Const<34584>, Const<34585>, Const<34586>, Const<34587>, Const<34588>, Const<34589>, Const<34590>, Const<34591>),
        (Const<34592>, Const<34593>, Const<34594>, Const<34595>, Const<34596>, Const<34597>, Const<34598>, Const<34599>, Const<34600>, Const<34601>, Const<34602>, Const<34603>, Const<34604>, Const<34605>, Const<34606>, Const<34607>),
        (Const<34608>, Const<34609>, Const<34610>, Const<34611>, Const<34612>, Const<34613>, Const<34614>, Const<34615>, Const<34616>, Const<34617>, Const<34618>, Const<34619>, Const<34620>, Const<34621>, Const<34622>, Const<34623>),
        (Const<34624>, Const<34625>, Const<34626>, Const<34627>, Const<34628>, Const<34629>, Const<34630>, Const<34631>, Const<34632>, Const<34633>, Const<34634>, Const<34635>, Const<34636>, Const<34637>, Const<34638>, Const<34639>),
        (Const<34640>, Const<34641>, Const<34642>, Const<34643>, Const<34644>, Const<34645>, Const<34646>, Const<34647>, Const<34648>, Const<34649>, Const<34650>, Const<34651>, Const<34652>, Const<34653>, Const<34654>, Const<34655>),
        (Const<34656>, Const<34657>, Const<34658>, Const<34659>, Const<34660>, Const<34661>, Const<34662>, Const<34663>, Const<34664>, Const<34665>, Const<34666>, Const<34667>, Const<34668>, Const<34669>, Const<34670>, Const<34671>),
        (Const<34672>, Const<34673>, Const<34674>, Const<34675>, Const<34676>, Const<34677>, Const<34678>, Const<34679>, Const<34680>, Const<34681>, Const<34682>, Const<34683>, Const<34684>, Const<34685>, Const<34686>, Const<34687>),
        (Const<34688>, Const<34689>, Const<34690>, Const<34691>, Const<34692>, Const<34693>, Const<34694>, Const<34695>, Const<34696>, Const<34697>, Const<34698>, Const<34699>, Const<34700>, Const<34701>, Const<34702>, Const<34703>),
        (Const<34704>, Const<34705>, Const<34706>, Const<34707>, Const<34708>, Const<34709>, Const<34710>, Const<34711>, Const<34712>, Const<34713>, Const<34714>, Const<34715>, Const<34716>, Const<34717>, Const<34718>, Const<34719>),
        (Const<34720>, Const<34721>, Const<34722>, Const<34723>, Const<34724>, Const<34725>, Const<34726>, Const<34727>, Const<34728>, Const<34729>, Const<34730>, Const<34731>, Const<34732>, Const<34733>, Const<34734>, Const<34735>),
        (Const<34736>, Const<34737>, Const<34738>, Const<34739>, Const<34740>, Const<34741>, Const<34742>, Const<34743>, Const<34744>, Const<34745>, Const<34746>, Const<34747>, Const<34748>, Const<34749>, Const<34750>, Const<34751>),
        (Const<34752>, Const<34753>, Const<34754>, Const<34755>, Const<34756>, Const<34757>, Const<34758>, Const<34759>, Const<34760>, Const<34761>, Const<34762>, Const<34763>, Const<34764>, Const<34765>, Const<34766>, Const<34767>),
        (Const<34768>, Const<34769>, Const<34770>, Const<34771>, Const<34772>, Const<34773>, Const<34774>, Const<34775>, Const<34776>, Const<34777>, Const<34778>, Const<34779>, Const<34780>, Const<34781>, Const<34782>, Const<34783>),
        (Const<34784>, Const<34785>, Const<34786>, Const<34787>, Const<34788>, Const<34789>, Const<34790>, Const<34791>, Const<34792>, Const<34793>, Const<34794>, Const<34795>, Const<34796>, Const<34797>, Const<34798>, Const<34799>),
        (Const<34800>, Const<34801>, Const<34802>, Const<34803>, Const<34804>, Const<34805>, Const<34806>, Const<34807>, Const<34808>, Const<34809>, Const<34810>, Const<34811>, Const<34812>, Const<34813>, Const<34814>, Const<34815>),
    );
}

impl Row for typenum::consts::U136 {
    type Cols = (
        (Const<34816>, Const<34817>, Const<34818>, Const<34819>, Const<34820>, Const<34821>, Const<34822>, Const<34823>, Const<34824>, Const<34825>, Const<34826>, Const<34827>, Const<34828>, Const<34829>, Const<34830>, Const<34831>),
        (Const<34832>, Const<34833>, Const<34834>, Const<34835>, Const<34836>, Const<34837>, Const<34838>, Const<34839>, Const<34840>, Const<34841>, Const<34842>, Const<34843>, Const<34844>, Const<34845>, Const<34846>, Const<34847>),
        (Const<34848>, Const<34849>, Const<34850>, Const<34851>, Const<34852>, Const<34853>, Const<34854>, Const<34855>, Const<34856>, Const<34857>, Const<34858>, Const<34859>, Const<34860>, Const<34861>, Const<34862>, Const<34863>),
        (Const<34864>, Const<34865>, Const<34866>, Const<34867>, Const<34868>, Const<34869>, Const<34870>, Const<34871>, Const<34872>, Const<34873>, Const<34874>, Const<34875>, Const<34876>, Const<34877>, Const<34878>, Const<34879>),
        (Const<34880>, Const<34881>, Const<34882>, Const<34883>, Const<34884>, Const<34885>, Const<34886>, Const<34887>, Const<34888>, Const<34889>, Const<34890>, Const<34891>, Const<34892>, Const<34893>, Const<34894>, Const<34895>),
        (Const<34896>, Const<34897>, Const<34898>, Const<34899>, Const<34900>, Const<34901>, Const<34902>, Const<34903>, Const<34904>, Const<34905>, Const<34906>, Const<34907>, Const<34908>, Const<34909>, Const<34910>, Const<34911>),
        (Const<34912>, Const<34913>, Const<34914>, Const<34915>, Const<34916>, Const<34917>, Const<34918>, Const<34919>, Const<34920>, Const<34921>, Const<34922>, Const<34923>, Const<34924>, Const<34925>, Const<34926>, Const<34927>),
        (Const<34928>, Const<34929>, Const<34930>, Const<34931>, Const<34932>, Const<34933>, Const<34934>, Const<34935>, Const<34936>, Const<34937>, Const<34938>, Const<34939>, Const<34940>, Const<34941>, Const<34942>, Const<34943>),
        (Const<34944>, Const<34945>, Const<34946>, Const<34947>, Const<34948>, Const<34949>, Const<34950>, Const<34951>, Const<34952>, Const<34953>, Const<34954>, Const<34955>, Const<34956>, Const<34957>, Const<34958>, Const<34959>),
        (Const<34960>, Const<34961>, Const<34962>, Const<34963>, Const<34964>, Const<34965>, Const<34966>, Const<34967>, Const<34968>, Const<34969>, Const<34970>, Const<34971>, Const<34972>, Const<34973>, Const<34974>, Const<34975>),
        (Const<34976>, Const<34977>, Const<34978>, Const<34979>, Const<34980>, Const<34981>, Const<34982>, Const<34983>, Const<34984>, Const<34985>, Const<34986>, Const<34987>, Const<34988>, Const<34989>, Const<34990>, Const<34991>),
        (Const<34992>, Const<34993>, Const<34994>, Const<34995>, Const<34996>, Const<34997>, Const<34998>, Const<34999>, Const<35000>, Const<35001>, Const<35002>, Const<35003>, Const<35004>, Const<35005>, Const<35006>, Const<35007>),
        (Const<35008>, Const<35009>, Const<35010>, Const<35011>, Const<35012>, Const<35013>, Const<35014>, Const<35015>, Const<35016>, Const<35017>, Const<35018>, Const<35019>, Const<35020>, Const<35021>, Const<35022>, Const<35023>),
        (Const<35024>, Const<35025>, Const<35026>, Const<35027>, Const<35028>, Const<35029>, Const<35030>, Const<35031>, Const<35032>, Const<35033>, Const<35034>, Const<35035>, Const<35036>, Const<35037>, Const<35038>, Const<35039>),
        (Const<35040>, Const<35041>, Const<35042>, Const<35043>, Const<35044>, Const<35045>, Const<35046>, Const<35047>, Const<35048>, Const<35049>, Const<35050>, Const<35051>, Const<35052>, Const<35053>, Const<35054>, Const<35055>),
        (Const<35056>, Const<35057>, Const<35058>, Const<35059>, Const<35060>, Const<35061>, Const<35062>, Const<35063>, Const<35064>, Const<35065>, Const<35066>, Const<35067>, Const<35068>, Const<35069>, Const<35070>, Const<35071>),
    );
}

impl Row for typenum::consts::U137 {
    type Cols = (
        (Const<35072>, Const<35073>, Const<35074>, Const<35075>, Const<35076>, Const<35077>, Const<35078>, Const<35079>, Const<35080>, Const<35081>, Const<35082>, Const<35083>, Const<35084>, Const<35085>, Const<35086>, Const<35087>),
        (Const<35088>, Const<35089>, Const<35090>, Const<35091>, Const<35092>, Const<35093>, Const<35094>, Const<35095>, Const<35096>, Const<35097>, Const<35098>, Const<35099>, Const<35100>, Const<35101>, Const<35102>, Const<35103>),
        (Const<35104>, Const<35105>, Const<35106>, Const<35107>, Const<35108>, Const<35109>, Const<35110>, Const<35111>, Const<35112>, Const<35113>, Const<35114>, Const<35115>, Const<35116>, Const<35117>, Const<35118>, Const<35119>),
        (Const<35120>, Const<35121>, Const<35122>, Const<35123>, Const<35124>, Const<35125>, Const<35126>, Const<35127>, Const<35128>, Const<35129>, Const<35130>, Const<35131>, Const<35132>, Const<35133>, Const<35134>, Const<35135>),
        (Const<35136>, Const<35137>, Const<35138>, Const<35139>, Const<35140>, Const<35141>, Const<35142>, Const<35143>, Const<35144>, Const<35145>, Const<35146>, Const<35147>, Const<35148>, Const<35149>, Const<35150>, Const<35151>),
        (Const<35152>, Const<35153>, Const<35154>, Const<35155>, Const<35156>, Const<35157>, Const<35158>, Const<35159>, Const<35160>, Const<35161>, Const<35162>, Const<35163>, Const<35164>, Const<35165>, Const<35166>, Const<35167>),
        (Const<35168>, Const<35169>, Const<35170>, Const<35171>, Const<35172>, Const<35173>, Const<35174>, Const<35175>, Const<35176>, Const<35177>, Const<35178>, Const<35179>, Const<35180>, Const<35181>, Const<35182>, Const<35183>),
        (Const<35184>, Const<35185>, Const<35186>, Const<35187>, Const<35188>, Const<35189>, Const<35190>, Const<35191>, Const<35192>, Const<35193>, Const<35194>, Const<35195>, Const<35196>, Const<35197>, Const<35198>, Const<35199>),
        (Const<35200>, Const<35201>, Const<35202>, Const<35203>, Const<35204>, Const<35205>, Const<35206>, Const<35207>, Const<35208>, Const<35209>, Const<35210>, Const<35211>, Const<35212>, Const<35213>, Const<35214>, Const<35215>),
        (Const<35216>, Const<35217>, Const<35218>, Const<35219>, Const<35220>, Const<35221>, Const<35222>, Const<35223>, Const<35224>, Const<35225>, Const<35226>, Const<35227>, Const<35228>, Const<35229>, Const<35230>, Const<35231>),
        (Const<35232>, Const<35233>, Const<35234>, Const<35235>, Const<35236>, Const<35237>, Const<35238>, Const<35239>, Const<35240>, Const<35241>, Const<35242>, Const<35243>, Const<35244>, Const<35245>, Const<35246>, Const<35247>),
        (Const<35248>, Const<35249>, Const<35250>, Const<35251>, Const<35252>, Const<35253>, Const<35254>, Const<35255>, Const<35256>, Const<35257>, Const<35258>, Const<35259>, Const<35260>, Const<35261>, Const<35262>, Const<35263>),
        (Const<35264>, Const<35265>, Const<35266>, Const<35267>, Const<35268>, Const<35269>, Const<35270>, Const<35271>, Const<35272>, Const<35273>, Const<35274>, Const<35275>, Const<35276>, Const<35277>, Const<35278>, Const<35279>),
        (Const<35280>, Const<35281>, Const<35282>, Const<35283>, Const<35284>, Const<35285>, Const<35286>, Const<35287>, Const<35288>, Const<35289>, Const<35290>, Const<35291>, Const<35292>, Const<35293>, Const<35294>, Const<35295>),
        (Const<35296>, Const<35297>, Const<35298>, Const<35299>, Const<35300>, Const<35301>, Const<35302>, Const<35303>, Const<35304>, Const<35305>, Const<35306>, Const<35307>, Const<35308>, Const<35309>, Const<35310>, Const<35311>),
        (Const<35312>, Const<35313>, Const<35314>, Const<35315>, Const<35316>, Const<35317>, Const<35318>, Const<35319>, Const<35320>, Const<35321>, Const<35322>, Const<35323>, Const<35324>, Const<35325>, Const<35326>, Const<35327>),
    );
}

impl Row for typenum::consts::U138 {
    type Cols = (
        (Const<35328>, Const<35329>, Const<35330>, Const<35331>, Const<35332>, Const<35333>, Const<35334>, Const<35335>, Const<35336>, Const<35337>, Const<35338>, Const<35339>, Const<35340>, Const<35341>, Const<35342>, Const<35343>),
        (Const<35344>, Const<35345>, Const<35346>, Const<35347>, Const<35348>, Const<35349>, Const<35350>, Const<35351>, Const<35352>, Const<35353>, Const<35354>, Const<35355>, Const<35356>, Const<35357>, Const<35358>, Const<35359>),
        (Const<35360>, Const<35361>, Const<35362>, Const<35363>, Const<35364>, Const<35365>, Const<35366>, Const<35367>, Const<35368>, Const<35369>, Const<35370>, Const<35371>, Const<35372>, Const<35373>, Const<35374>, Const<35375>),
        (Const<35376>, Const<35377>, Const<35378>, Const<35379>, Const<35380>, Const<35381>, Const<35382>, Const<35383>, Const<35384>, Const<35385>, Const<35386>, Const<35387>, Const<35388>, Const<35389>, Const<35390>, Const<35391>),
        (Const<35392>, Const<35393>, Const<35394>, Const<35395>, Const<35396>, Const<35397>, Const<35398>, Const<35399>, Const<35400>, Const<35401>, Const<35402>, Const<35403>, Const<35404>, Const<35405>, Const<35406>, Const<35407>),
        (Const<35408>, Const<35409>, Const<35410>, Const<35411>, Const<35412>, Const<35413>, Const<35414>, Const<35415>, Const<35416>, Const<35417>, Const<35418>, Const<35419>, Const<35420>, Const<35421>, Const<35422>, Const<35423>),
        (Const<35424>, Const<35425>, Const<35426>, Const<35427>, Const<35428>, Const<35429>, Const<35430>, Const<35431>, Const<35432>, Const<35433>, Const<35434>, Const<35435>, Const<35436>, Const<35437>, Const<35438>, Const<35439>),
        (Const<35440>, Const<35441>, Const<35442>, Const<35443>, Const<35444>, Const<35445>, Const<35446>, Const<35447>, Const<35448>, Const<35449>, Const<35450>, Const<35451>, Const<35452>, Const<35453>, Const<35454>, Const<35455>),
        (Const<35456>, Const<35457>, Const<35458>, Const<35459>, Const<35460>, Const<35461>, Const<35462>, Const<35463>, Const<35464>, Const<35465>, Const<35466>, Const<35467>, Const<35468>, Const<35469>, Const<35470>, Const<35471>),
        (Const<35472>, Const<35473>, Const<35474>, Const<35475>, Const<35476>, Const<35477>, Const<35478>, Const<35479>, Const<35480>, Const<35481>, Const<35482>, Const<35483>, Const<35484>, Const<35485>, Const<35486>, Const<35487>),
        (Const<35488>, Const<35489>, Const<35490>, Const<35491>, Const<35492>, Const<35493>, Const<35494>, Const<35495>, Const<35496>, Const<35497>, Const<35498>, Const<35499>, Const<35500>, Const<35501>, Const<35502>, Const<35503>),
        (Const<35504>, Const<35505>, Const<35506>, Const<35507>, Const<35508>, Const<35509>, Const<35510>, Const<35511>, Const<35512>, Const<35513>, Const<35514>, Const<35515>, Const<35516>, Const<35517>, Const<35518>, Const<35519>),
        (Const<35520>, Const<35521>, Const<35522>, Const<35523>, Const<35524>, Const<35525>, Const<35526>, Const<35527>, Const<35528>, Const<35529>, Const<35530>, Const<35531>, Const<35532>, Const<35533>, Const<35534>, Const<35535>),
        (Const<35536>, Const<35537>, Const<35538>, Const<35539>, Const<35540>, Const<35541>, Const<35542>, Const<35543>, Const<35544>, Const<35545>, Const<35546>, Const<35547>, Const<35548>, Const<35549>, Const<35550>, Const<35551>),
        (Const<35552>, Const<35553>, Const<35554>, Const<35555>, Const<35556>, Const<35557>, Const<35558>, Const<35559>, Const<35560>, Const<35561>, Const<35562>, Const<35563>, Const<35564>, Const<35565>, Const<35566>, Const<35567>),
        (Const<35568>, Const<35569>, Const<35570>, Const<35571>, Const<35572>, Const<35573>, Const<35574>, Const<35575>, Const<35576>, Const<35577>, Const<35578>, Const<35579>, Const<35580>, Const<35581>, Const<35582>, Const<35583>),
    );
}

impl Row for typenum::consts::U139 {
    type Cols = (
        (Const<35584>, Const<35585>, Const<35586>, Const<35587>, Const<35588>, Const<35589>, Const<35590>, Const<35591>, Const<35592>, Const<35593>, Const<35594>, Const<35595>, Const<35596>, Const<35597>, Const<35598>, Const<35599>),
        (Const<35600>, Const<35601>, Const<35602>, Const<35603>, Const<35604>, Const<35605>, Const<35606>, Const<35607>, Const<35608>, Const<35609>, Const<35610>, Const<35611>, Const<35612>, Const<35613>, Const<35614>, Const<35615>),
        (Const<35616>, Const<35617>, Const<35618>, Const<35619>, Const<35620>, Const<35621>, Const<35622>, Const<35623>, Const<35624>, Const<35625>, Const<35626>, Const<35627>, Const<35628>, Const<35629>, Const<35630>, Const<35631>),
        (Const<35632>, Const<35633>, Const<35634>, Const<35635>, Const<35636>, Const<35637>, Const<35638>, Const<35639>, Const<35640>, Const<35641>, Const<35642>, Const<35643>, Const<35644>, Const<35645>, Const<35646>, Const<35647>),
        (Const<35648>, Const<35649>, Const<35650>, Const<35651>, Const<35652>, Const<35653>, Const<35654>, Const<35655>, Const<35656>, Const<35657>, Const<35658>, Const<35659>, Const<35660>, Const<35661>, Const<35662>, Const<35663>),
        (Const<35664>, Const<35665>, Const<35666>, Const<35667>, Const<35668>, Const<35669>, Const<35670>, Const<35671>, Const<35672>, Const<35673>, Const<35674>, Const<35675>, Const<35676>, Const<35677>, Const<35678>, Const<35679>),
        (Const<35680>, Const<35681>, Const<35682>, Const<35683>, Const<35684>, Const<35685>, Const<35686>, Const<35687>, Const<35688>, Const<35689>, Const<35690>, Const<35691>, Const<35692>, Const<35693>, Const<35694>, Const<35695>),
        (Const<35696>, Const<35697>, Const<35698>, Const<35699>, Const<35700>, Const<35701>, Const<35702>, Const<35703>, Const<35704>, Const<35705>, Const<35706>, Const<35707>, Const<35708>, Const<35709>, Const<35710>, Const<35711>),
        (Const<35712>, Const<35713>, Const<35714>, Const<35715>, Const<35716>, Const<35717>, Const<35718>, Const<35719>, Const<35720>, Const<35721>, Const<35722>, Const<35723>, Const<35724>, Const<35725>, Const<35726>, Const<35727>),
        (Const<35728>, Const<35729>, Const<35730>, Const<35731>, Const<35732>, Const<35733>, Const<35734>, Const<35735>, Const<35736>, Const<35737>, Const<35738>, Const<35739>, Const<35740>, Const<35741>, Const<35742>, Const<35743>),
        (Const<35744>, Const<35745>, Const<35746>, Const<35747>, Const<35748>, Const<35749>, Const<35750>, Const<35751>, Const<35752>, Const<35753>, Const<35754>, Const<35755>, Const<35756>, Const<35757>, Const<35758>, Const<35759>),
        (Const<35760>, Const<35761>, Const<35762>, Const<35763>, Const<35764>, Const<35765>, Const<35766>, Const<35767>, Const<35768>, Const<35769>, Const<35770>, Const<35771>, Const<35772>, Const<35773>, Const<35774>, Const<35775>),
        (Const<35776>, Const<35777>, Const<35778>, Const<35779>, Const<35780>, Const<35781>, Const<35782>, Const<35783>, Const<35784>, Const<35785>, Const<35786>, Const<35787>, Const<35788>, Const<35789>, Const<35790>, Const<35791>),
        (Const<35792>, Const<35793>, Const<35794>, Const<35795>, Const<35796>, Const<35797>, Const<35798>, Const<35799>, Const<35800>, Const<35801>, Const<35802>, Const<35803>, Const<35804>, Const<35805>, Const<35806>, Const<35807>),
        (Const<35808>, Const<35809>, Const<35810>, Const<35811>, Const<35812>, Const<35813>, Const<35814>, Const<35815>, Const<35816>, Const<35817>, Const<35818>, Const<35819>, Const<35820>, Const<35821>, Const<35822>, Const<35823>),
        (Const<35824>, Const<35825>, Const<35826>, Const<35827>, Const<35828>, Const<35829>, Const<35830>, Const<35831>, Const<35832>, Const<35833>, Const<35834>, Const<35835>, Const<35836>, Const<35837>, Const<35838>, Const<35839>),
    );
}

impl Row for typenum::consts::U140 {
    type Cols = (
        (Const<35840>, Const<35841>, Const<35842>, Const<35843>, Const<35844>, Const<35845>, Const<35846>, Const<35847>, Const<35848>, Const<35849>, Const<35850>, Const<35851>, Const<35852>, Const<35853>, Const<35854>, Const<35855>),
        (Const<35856>, Const<35857>, Const<35858>, Const<35859>, Const<35860>, Const<35861>, Const<35862>, Const<35863>, Const<35864>, Const<35865>, Const<35866>, Const<35867>, Const<35868>, Const<35869>, Const<35870>, Const<35871>),
        (Const<35872>, Const<35873>, Const<35874>, Const<35875>, Const<35876>, Const<35877>, Const<35878>, Const<35879>, Const<35880>, Const<35881>, Const<35882>, Const<35883>, Const<35884>, Const<35885>, Const<35886>, Const<35887>),
        (Const<35888>, Const<35889>, Const<35890>, Const<35891>, Const<35892>, Const<35893>, Const<35894>, Const<35895>, Const<35896>, Const<35897>, Const<35898>, Const<35899>, Const<35900>, Const<35901>, Const<35902>, Const<35903>),
        (Const<35904>, Const<35905>, Const<35906>, Const<35907>, Const<35908>, Const<35909>, Const<35910>, Const<35911>, Const<35912>, Const<35913>, Const<35914>, Const<35915>, Const<35916>, Const<35917>, Const<35918>, Const<35919>),
        (Const<35920>, Const<35921>, Const<35922>, Const<35923>, Const<35924>, Const<35925>, Const<35926>, Const<35927>, Const<35928>, Const<35929>, Const<35930>, Const<35931>, Const<35932>, Const<35933>, Const<35934>, Const<35935>),
        (Const<35936>, Const<35937>, Const<35938>, Const<35939>, Const<35940>, Const<35941>, Const<35942>, Const<35943>, Const<35944>, Const<35945>, Const<35946>, Const<35947>, Const<35948>, Const<35949>, Const<35950>, Const<35951>),
        (Const<35952>, Const<35953>, Const<35954>, Const<35955>, Const<35956>, Const<35957>, Const<35958>, Const<35959>, Const<35960>, Const<35961>, Const<35962>, Const<35963>, Const<35964>, Const<35965>, Const<35966>, Const<35967>),
        (Const<35968>, Const<35969>, Const<35970>, Const<35971>, Const<35972>, Const<35973>, Const<35974>, Const<35975>, Const<35976>, Const<35977>, Const<35978>, Const<35979>, Const<35980>, Const<35981>, Const<35982>, Const<35983>),
        (Const<35984>, Const<35985>, Const<35986>, Const<35987>, Const<35988>, Const<35989>, Const<35990>, Const<35991>, Const<35992>, Const<35993>, Const<35994>, Const<35995>, Const<35996>, Const<35997>, Const<35998>, Const<35999>),
        (Const<36000>, Const<36001>, Const<36002>, Const<36003>, Const<36004>, Const<36005>, Const<36006>, Const<36007>, Const<36008>, Const<36009>, Const<36010>, Const<36011>, Const<36012>, Const<36013>, Const<36014>, Const<36015>),
        (Const<36016>, Const<36017>, Const<36018>, Const<36019>, Const<36020>, Const<36021>, Const<36022>, Const<36023>, Const<36024>, Const<36025>, Const<36026>, Const<36027>, Const<36028>, Const<36029>, Const<36030>, Const<36031>),
        (Const<36032>, Const<36033>, Const<36034>, Const<36035>, Const<36036>, Const<36037>, Const<36038>, Const<36039>, Const<36040>, Const<36041>, Const<36042>, Const<36043>, Const<36044>, Const<36045>, Const<36046>, Const<36047>),
        (Const<36048>, Const<36049>, Const<36050>, Const<36051>, Const<36052>, Const<36053>, Const<36054>, Const<36055>, Const<36056>, Const<36057>, Const<36058>, Const<36059>, Const<36060>, Const<36061>, Const<36062>, Const<36063>),
        (Const<36064>, Const<36065>, Const<36066>, Const<36067>, Const<36068>, Const<36069>, Const<36070>, Const<36071>, Const<36072>, Const<36073>, Const<36074>, Const<36075>, Const<36076>, Const<36077>, Const<36078>, Const<36079>),
        (Const<36080>, Const<36081>, Const<36082>, Const<36083>, Const<36084>, Const<36085>, Const<36086>, Const<36087>, Const<36088>, Const<36089>, Const<36090>, Const<36091>, Const<36092>, Const<36093>, Const<36094>, Const<36095>),
    );
}

impl Row for typenum::consts::U141 {
    type Cols = (
        (Const<36096>, Const<36097>, Const<36098>, Const<36099>, Const<36100>, Const<36101>, Const<36102>, Const<36103>, Const<36104>, Const<36105>, Const<36106>, Const<36107>, Const<36108>, Const<36109>, Const<36110>, Const<36111>),
        (Const<36112>, Const<36113>, Const<36114>, Const<36115>, Const<36116>, Const<36117>, Const<36118>, Const<36119>, Const<36120>, Const<36121>, Const<36122>, Const<36123>, Const<36124>, Const<36125>, Const<36126>, Const<36127>),
        (Const<36128>, Const<36129>, Const<36130>, Const<36131>, Const<36132>, Const<36133>, Const<36134>, Const<36135>, Const<36136>, Const<36137>, Const<36138>, Const<36139>, Const<36140>, Const<36141>, Const<36142>, Const<36143>),
        (Const<36144>, Const<36145>, Const<36146>, Const<36147>, Const<36148>, Const<36149>, Const<36150>, Const<36151>, Const<36152>, Const<36153>, Const<36154>, Const<36155>, Const<36156>, Const<36157>, Const<36158>, Const<36159>),
        (Const<36160>, Const<36161>, Const<36162>, Const<36163>, Const<36164>, Const<36165>, Const<36166>, Const<36167>, Const<36168>, Const<36169>, Const<36170>, Const<36171>, Const<36172>, Const<36173>, Const<36174>, Const<36175>),
        (Const<36176>, Const<36177>, Const<36178>, Const<36179>, Const<36180>, Const<36181>, Const<36182>, Const<36183>, Const<36184>, Const<36185>, Const<36186>, Const<36187>, Const<36188>, Const<36189>, Const<36190>, Const<36191>),
        (Const<36192>, Const<36193>, Const<36194>, Const<36195>, Const<36196>, Const<36197>, Const<36198>, Const<36199>, Const<36200>, Const<36201>, Const<36202>, Const<36203>, Const<36204>, Const<36205>, Const<36206>, Const<36207>),
        (Const<36208>, Const<36209>, Const<36210>, Const<36211>, Const<36212>, Const<36213>, Const<36214>, Const<36215>, Const<36216>, Const<36217>, Const<36218>, Const<36219>, Const<36220>, Const<36221>, Const<36222>, Const<36223>),
        (Const<36224>, Const<36225>, Const<36226>, Const<36227>, Const<36228>, Const<36229>, Const<36230>, Const<36231>, Const<36232>, Const<36233>, Const<36234>, Const<36235>, Const<36236>, Const<36237>, Const<36238>, Const<36239>),
        (Const<36240>, Const<36241>, Const<36242>, Const<36243>, Const<36244>, Const<36245>, Const<36246>, Const<36247>, Const<36248>, Const<36249>, Const<36250>, Const<36251>, Const<36252>, Const<36253>, Const<36254>, Const<36255>),
        (Const<36256>, Const<36257>, Const<36258>, Const<36259>, Const<36260>, Const<36261>, Const<36262>, Const<36263>, Const<36264>, Const<36265>, Const<36266>, Const<36267>, Const<36268>, Const<36269>, Const<36270>, Const<36271>),
        (Const<36272>, Const<36273>, Const<36274>, Const<36275>, Const<36276>, Const<36277>, Const<36278>, Const<36279>, Const<36280>, Const<36281>, Const<36282>, Const<36283>, Const<36284>, Const<36285>, Const<36286>, Const<36287>),
        (Const<36288>, Const<36289>, Const<36290>, Const<36291>, Const<36292>, Const<36293>, Const<36294>, Const<36295>, Const<36296>, Const<36297>, Const<36298>, Const<36299>, Const<36300>, Const<36301>, Const<36302>, Const<36303>),
        (Const<36304>, Const<36305>, Const<36306>, Const<36307>, Const<36308>, Const<36309>, Const<36310>, Const<36311>, Const<36312>, Const<36313>, Const<36314>, Const<36315>, Const<36316>, Const<36317>, Const<36318>, Const<36319>),
        (Const<36320>, Const<36321>, Const<36322>, Const<36323>, Const<36324>, Const<36325>, Const<36326>, Const<36327>, Const<36328>, Const<36329>, Const<36330>, Const<36331>, Const<36332>, Const<36333>, Const<36334>, Const<36335>),
        (Const<36336>, Const<36337>, Const<36338>, Const<36339>, Const<36340>, Const<36341>, Const<36342>, Const<36343>, Const<36344>, Const<36345>, Const<36346>, Const<36347>, Const<36348>, Const<36349>, Const<36350>, Const<36351>),
    );
}

impl Row for typenum::consts::U142 {
    type Cols = (
        (Const<36352>, Const<36353>, Const<36354>, Const<36355>, Const<36356>, Const<36357>, Const<36358>, Const<36359>, Const<36360>, Const<36361>, Const<36362>, Const<36363>, Const<36364>, Const<36365>, Const<36366>, Const<36367>),
        (Const<36368>, Const<36369>, Const<36370>, Const<36371>, Const<36372>, Const<36373>, Const<36374>, Const<36375>, Const<36376>, Const<36377>, Const<36378>, Const<36379>, Const<36380>, Const<36381>, Const<36382>, Const<36383>),
        (Const<36384>, Const<36385>, Const<36386>, Const<36387>, Const<36388>, Const<36389>, Const<36390>, Const<36391>, Const<36392>, Const<36393>, Const<36394>, Const<36395>, Const<36396>, Const<36397>, Const<36398>, Const<36399>),
        (Const<36400>, Const<36401>, Const<36402>, Const<36403>, Const<36404>, Const<36405>, Const<36406>, Const<36407>, Const<36408>, Const<36409>, Const<36410>, Const<36411>, Const<36412>, Const<36413>, Const<36414>, Const<36415>),
        (Const<36416>, Const<36417>, Const<36418>, Const<36419>, Const<36420>, Const<36421>, Const<36422>, Const<36423>, Const<36424>, Const<36425>, Const<36426>, Const<36427>, Const<36428>, Const<36429>, Const<36430>, Const<36431>),
        (Const<36432>, Const<36433>, Const<36434>, Const<36435>, Const<36436>, Const<36437>, Const<36438>, Const<36439>, Const<36440>, Const<36441>, Const<36442>, Const<36443>, Const<36444>, Const<36445>, Const<36446>, Const<36447>),
        (Const<36448>, Const<36449>, Const<36450>, Const<36451>, Const<36452>, Const<36453>, Const<36454>, Const<36455>, Const<36456>, Const<36457>, Const<36458>, Const<36459>, Const<36460>, Const<36461>, Const<36462>, Const<36463>),
        (Const<36464>, Const<36465>, Const<36466>, Const<36467>, Const<36468>, Const<36469>, Const<36470>, Const<36471>, Const<36472>, Const<36473>, Const<36474>, Const<36475>, Const<36476>, Const<36477>, Const<36478>, Const<36479>),
        (Const<36480>, Const<36481>, Const<36482>, Const<36483>, Const<36484>, Const<36485>, Const<36486>, Const<36487>, Const<36488>, Const<36489>, Const<36490>, Const<36491>, Const<36492>, Const<36493>, Const<36494>, Const<36495>),
        (Const<36496>, Const<36497>, Const<36498>, Const<36499>, Const<36500>, Const<36501>, Const<36502>, Const<36503>, Const<36504>, Const<36505>, Const<36506>, Const<36507>, Const<36508>, Const<36509>, Const<36510>, Const<36511>),
        (Const<36512>, Const<36513>, Const<36514>, Const<36515>, Const<36516>, Const<36517>, Const<36518>, Const<36519>, Const<36520>, Const<36521>, Const<36522>, Const<36523>, Const<36524>, Const<36525>, Const<36526>, Const<36527>),
        (Const<36528>, Const<36529>, Const<36530>, Const<36531>, Const<36532>, Const<36533>, Const<36534>, Const<36535>, Const<36536>, Const<36537>, Const<36538>, Const<36539>, Const<36540>, Const<36541>, Const<36542>, Const<36543>),
        (Const<36544>, Const<36545>, Const<36546>, Const<36547>, Const<36548>, Const<36549>, Const<36550>, Const<36551>, Const<36552>, Const<36553>, Const<36554>, Const<36555>, Const<36556>, Const<36557>, Const<36558>, Const<36559>),
        (Const<36560>, Const<36561>, Const<36562>, Const<36563>, Const<36564>, Const<36565>, Const<36566>, Const<36567>, Const<36568>, Const<36569>, Const<36570>, Const<36571>, Const<36572>, Const<36573>, Const<36574>, Const<36575>),
        (Const<36576>, Const<36577>, Const<36578>, Const<36579>, Const<36580>, Const<36581>, Const<36582>, Const<36583>, Const<36584>, Const<36585>, Const<36586>, Const<36587>, Const<36588>, Const<36589>, Const<36590>, Const<36591>),
        (Const<36592>, Const<36593>, Const<36594>, Const<36595>, Const<36596>, Const<36597>, Const<36598>, Const<36599>, Const<36600>, Const<36601>, Const<36602>, Const<36603>, Const<36604>, Const<36605>, Const<36606>, Const<36607>),
    );
}

impl Row for typenum::consts::U143 {
    type Cols = (
        (Const<36608>, Const<36609>, Const<36610>, Const<36611>, Const<36612>, Const<36613>, Const<36614>, Const<36615>, Const<36616>, Const<36617>, Const<36618>, Const<36619>, Const<36620>, Const<36621>, Const<36622>, Const<36623>),
        (Const<36624>, Const<36625>, Const<36626>, Const<36627>, Const<36628>, Const<36629>, Const<36630>, Const<36631>, Const<36632>, Const<36633>, Const<36634>, Const<36635>, Const<36636>, Const<36637>, Const<36638>, Const<36639>),
        (Const<36640>, Const<36641>, Const<36642>, Const<36643>, Const<36644>, Const<36645>, Const<36646>, Const<36647>, Const<36648>, Const<36649>, Const<36650>, Const<36651>, Const<36652>, Const<36653>, Const<36654>, Const<36655>),
        (Const<36656>, Const<36657>, Const<36658>, Const<36659>, Const<36660>, Const<36661>, Const<36662>, Const<36663>, Const<36664>, Const<36665>, Const<36666>, Const<36667>, Const<36668>, Const<36669>, Const<36670>, Const<36671>),
        (Const<36672>, Const<36673>, Const<36674>, Const<36675>, Const<36676>, Const<36677>, Const<36678>, Const<36679>, Const<36680>, Const<36681>, Const<36682>, Const<36683>, Const<36684>, Const<36685>, Const<36686>, Const<36687>),
        (Const<36688>, Const<36689>, Const<36690>, Const<36691>, Const<36692>, Const<36693>, Const<36694>, Const<36695>, Const<36696>, Const<36697>, Const<36698>, Const<36699>, Const<36700>, Const<36701>, Const<36702>, Const<36703>),
        (Const<36704>, Const<36705>, Const<36706>, Const<36707>, Const<36708>, Const<36709>, Const<36710>, Const<36711>, Const<36712>, Const<36713>, Const<36714>, Const<36715>, Const<36716>, Const<36717>, Const<36718>, Const<36719>),
        (Const<36720>, Const<36721>, Const<36722>, Const<36723>, Const<36724>, Const<36725>, Const<36726>, Const<36727>, Const<36728>, Const<36729>, Const<36730>, Const<36731>, Const<36732>, Const<36733>, Const<36734>, Const<36735>),
        (Const<36736>, Const<36737>, Const<36738>, Const<36739>, Const<36740>, Const<36741>, Const<36742>, Const<36743>, Const<36744>, Const<36745>, Const<36746>, Const<36747>, Const<36748>, Const<36749>, Const<36750>, Const<36751>),
        (Const<36752>, Const<36753>, Const<36754>, Const<36755>, Const<36756>, Const<36757>, Const<36758>, Const<36759>, Const<36760>, Const<36761>, Const<36762>, Const<36763>, Const<36764>, Const<36765>, Const<36766>, Const<36767>),
        (Const<36768>, Const<36769>, Const<36770>, Const<36771>, Const<36772>, Const<36773>, Const<36774>, Const<36775>, Const<36776>, Const<36777>, Const<36778>, Const<36779>, Const<36780>, Const<36781>, Const<36782>, Const<36783>),
        (Const<36784>, Const<36785>, Const<36786>, Const<36787>, Const<36788>, Const<36789>, Const<36790>, Const<36791>, Const<36792>, Const<36793>, Const<36794>, Const<36795>, Const<36796>, Const<36797>, Const<36798>, Const<36799>),
        (Const<36800>, Const<36801>, Const<36802>, Const<36803>, Const<36804>, Const<36805>, Const<36806>, Const<36807>, Const<36808>, Const<36809>, Const<36810>, Const<36811>, Const<36812>, Const<36813>, Const<36814>, Const<36815>),
        (Const<36816>, Const<36817>, Const<36818>, Const<36819>, Const<36820>, Const<36821>, Const<36822>, Const<36823>, Const<36824>, Const<36825>, Const<36826>, Const<36827>, Const<36828>, Const<36829>, Const<36830>, Const<36831>),
        (Const<36832>, Const<36833>, Const<36834>, Const<36835>, Const<36836>, Const<36837>, Const<36838>, Const<36839>, Const<36840>, Const<36841>, Const<36842>, Const<36843>, Const<36844>, Const<36845>, Const<36846>, Const<36847>),
        (Const<36848>, Const<36849>, Const<36850>, Const<36851>, Const<36852>, Const<36853>, Const<36854>, Const<36855>, Const<36856>, Const<36857>, Const<36858>, Const<36859>, Const<36860>, Const<36861>, Const<36862>, Const<36863>),
    );
}

impl Row for typenum::consts::U144 {
    type Cols = (
        (Const<36864>, Const<36865>, Const<36866>, Const<36867>, Const<36868>, Const<36869>, Const<36870>, Const<36871>, Const<36872>, Const<36873>, Const<36874>, Const<36875>, Const<36876>, Const<36877>, Const<36878>, Const<36879>),
        (Const<36880>, Const<36881>, Const<36882>, Const<36883>, Const<36884>, Const<36885>, Const<36886>, Const<36887>, Const<36888>, Const<36889>, Const<36890>, Const<36891>, Const<36892>, Const<36893>, Const<36894>, Const<36895>),
        (Const<36896>, Const<36897>, Const<36898>, Const<36899>, Const<36900>, Const<36901>, Const<36902>, Const<36903>, Const<36904>, Const<36905>, Const<36906>, Const<36907>, Const<36908>, Const<36909>, Const<36910>, Const<36911>),
        (Const<36912>, Const<36913>, Const<36914>, Const<36915>, Const<36916>, Const<36917>, Const<36918>, Const<36919>, Const<36920>, Const<36921>, Const<36922>, Const<36923>, Const<36924>, Const<36925>, Const<36926>, Const<36927>),
        (Const<36928>, Const<36929>, Const<36930>, Const<36931>, Const<36932>, Const<36933>, Const<36934>, Const<36935>, Const<36936>, Const<36937>, Const<36938>, Const<36939>, Const<36940>, Const<36941>, Const<36942>, Const<36943>),
        (Const<36944>, Const<36945>, Const<36946>, Const<36947>, Const<36948>, Const<36949>, Const<36950>, Const<36951>, Const<36952>, Const<36953>, Const<36954>, Const<36955>, Const<36956>, Const<36957>, Const<36958>, Const<36959>),
        (Const<36960>, Const<36961>, Const<36962>, Const<36963>, Const<36964>, Const<36965>, Const<36966>, Const<36967>, Const<36968>, Const<36969>, Const<36970>, Const<36971>, Const<36972>, Const<36973>, Const<36974>, Const<36975>),
        (Const<36976>, Const<36977>, Const<36978>, Const<36979>, Const<36980>, Const<36981>, Const<36982>, Const<36983>, Const<36984>, Const<36985>, Const<36986>, Const<36987>, Const<36988>, Const<36989>, Const<36990>, Const<36991>),
        (Const<36992>, Const<36993>, Const<36994>, Const<36995>, Const<36996>, Const<36997>, Const<36998>, Const<36999>, Const<37000>, Const<37001>, Const<37002>, Const<37003>, Const<37004>, Const<37005>, Const<37006>, Const<37007>),
        (Const<37008>, Const<37009>, Const<37010>, Const<37011>, Const<37012>, Const<37013>, Const<37014>, Const<37015>, Const<37016>, Const<37017>, Const<37018>, Const<37019>, Const<37020>, Const<37021>, Const<37022>, Const<37023>),
        (Const<37024>, Const<37025>, Const<37026>, Const<37027>, Const<37028>, Const<37029>, Const<37030>, Const<37031>, Const<37032>, Const<37033>, Const<37034>, Const<37035>, Const<37036>, Const<37037>, Const<37038>, Const<37039>),
        (Const<37040>, Const<37041>, Const<37042>, Const<37043>, Const<37044>, Const<37045>, Const<37046>, Const<37047>, Const<37048>, Const<37049>, Const<37050>, Const<37051>, Const<37052>, Const<37053>, Const<37054>, Const<37055>),
        (Const<37056>, Const<37057>, Const<37058>, Const<37059>, Const<37060>, Const<37061>, Const<37062>, Const<37063>, Const<37064>, Const<37065>, Const<37066>, Const<37067>, Const<37068>, Const<37069>, Const<37070>, Const<37071>),
        (Const<37072>, Const<37073>, Const<37074>, Const<37075>, Const<37076>, Const<37077>, Const<37078>, Const<37079>, Const<37080>, Const<37081>, Const<37082>, Const<37083>, Const<37084>, Const<37085>, Const<37086>, Const<37087>),
        (Const<37088>, Const<37089>, Const<37090>, Const<37091>, Const<37092>, Const<37093>, Const<37094>, Const<37095>, Const<37096>, Const<37097>, Const<37098>, Const<37099>, Const<37100>, Const<37101>, Const<37102>, Const<37103>),
        (Const<37104>, Const<37105>, Const<37106>, Const<37107>, Const<37108>, Const<37109>, Const<37110>, Const<37111>, Const<37112>, Const<37113>, Const<37114>, Const<37115>, Const<37116>, Const<37117>, Const<37118>, Const<37119>),
    );
}

impl Row for typenum::consts::U145 {
    type Cols = (
        (Const<37120>, Const<37121>, Const<37122>, Const<37123>, Const<37124>, Const<37125>, Const<37126>, Const<37127>, Const<37128>, Const<37129>, Const<37130>, Const<37131>, Const<37132>, Const<37133>, Const<37134>, Const<37135>),
        (Const<37136>, Const<37137>, Const<37138>, Const<37139>, Const<37140>, Const<37141>, Const<37142>, Const<37143>, Const<37144>, Const<37145>, Const<37146>, Const<37147>, Const<37148>, Const<37149>, Const<37150>, Const<37151>),
        (Const<37152>, Const<37153>, Const<37154>, Const<37155>, Const<37156>, Const<37157>, Const<37158>, Const<37159>, Const<37160>, Const<37161>, Const<37162>, Const<37163>, Const<37164>, Const<37165>, Const<37166>, Const<37167>),
        (Const<37168>, Const<37169>, Const<37170>, Const<37171>, Const<37172>, Const<37173>, Const<37174>, Const<37175>, Const<37176>, Const<37177>, Const<37178>, Const<37179>, Const<37180>, Const<37181>, Const<37182>, Const<37183>),
        (Const<37184>, Const<37185>, Const<37186>, Const<37187>, Const<37188>, Const<37189>, Const<37190>, Const<37191>, Const<37192>, Const<37193>, Const<37194>, Const<37195>, Const<37196>, Const<37197>, Const<37198>, Const<37199>),
        (Const<37200>, Const<37201>, Const<37202>, Const<37203>, Const<37204>, Const<37205>, Const<37206>, Const<37207>, Const<37208>, Const<37209>, Const<37210>, Const<37211>, Const<37212>, Const<37213>, Const<37214>, Const<37215>),
        (Const<37216>, Const<37217>, Const<37218>, Const<37219>, Const<37220>, Const<37221>, Const<37222>, Const<37223>, Const<37224>, Const<37225>, Const<37226>, Const<37227>, Const<37228>, Const<37229>, Const<37230>, Const<37231>),
        (Const<37232>, Const<37233>, Const<37234>, Const<37235>, Const<37236>, Const<37237>, Const<37238>, Const<37239>, Const<37240>, Const<37241>, Const<37242>, Const<37243>, Const<37244>, Const<37245>, Const<37246>, Const<37247>),
        (Const<37248>, Const<37249>, Const<37250>, Const<37251>, Const<37252>, Const<37253>, Const<37254>, Const<37255>, Const<37256>, Const<37257>, Const<37258>, Const<37259>, Const<37260>, Const<37261>, Const<37262>, Const<37263>),
        (Const<37264>, Const<37265>, Const<37266>, Const<37267>, Const<37268>, Const<37269>, Const<37270>, Const<37271>, Const<37272>, Const<37273>, Const<37274>, Const<37275>, Const<37276>, Const<37277>, Const<37278>, Const<37279>),
        (Const<37280>, Const<37281>, Const<37282>, Const<37283>, Const<37284>, Const<37285>, Const<37286>, Const<37287>, Const<37288>, Const<37289>, Const<37290>, Const<37291>, Const<37292>, Const<37293>, Const<37294>, Const<37295>),
        (Const<37296>, Const<37297>, Const<37298>, Const<37299>, Const<37300>, Const<37301>, Const<37302>, Const<37303>, Const<37304>, Const<37305>, Const<37306>, Const<37307>, Const<37308>, Const<37309>, Const<37310>, Const<37311>),
        (Const<37312>, Const<37313>, Const<37314>, Const<37315>, Const<37316>, Const<37317>, Const<37318>, Const<37319>, Const<37320>, Const<37321>, Const<37322>, Const<37323>, Const<37324>, Const<37325>, Const<37326>, Const<37327>),
        (Const<37328>, Const<37329>, Const<37330>, Const<37331>, Const<37332>, Const<37333>, Const<37334>, Const<37335>, Const<37336>, Const<37337>, Const<37338>, Const<37339>, Const<37340>, Const<37341>, Const<37342>, Const<37343>),
        (Const<37344>, Const<37345>, Const<37346>, Const<37347>, Const<37348>, Const<37349>, Const<37350>, Const<37351>, Const<37352>, Const<37353>, Const<37354>, Const<37355>, Const<37356>, Const<37357>, Const<37358>, Const<37359>),
        (Const<37360>, Const<37361>, Const<37362>, Const<37363>, Const<37364>, Const<37365>, Const<37366>, Const<37367>, Const<37368>, Const<37369>, Const<37370>, Const<37371>, Const<37372>, Const<37373>, Const<37374>, Const<37375>),
    );
}

impl Row for typenum::consts::U146 {
    type Cols = (
        (Const<37376>, Const<37377>, Const<37378>, Const<37379>, Const<37380>, Const<37381>, Const<37382>, Const<37383>, Const<37384>, Const<37385>, Const<37386>, Const<37387>, Const<37388>, Const<37389>, Const<37390>, Const<37391>),
        (Const<37392>, Const<37393>, Const<37394>, Const<37395>, Const<37396>, Const<37397>, Const<37398>, Const<37399>, Const<37400>, Const<37401>, Const<37402>, Const<37403>, Const<37404>, Const<37405>, Const<37406>, Const<37407>),
        (Const<37408>, Const<37409>, Const<37410>, Const<37411>, Const<37412>, Const<37413>, Const<37414>, Const<37415>, Const<37416>, Const<37417>, Const<37418>, Const<37419>, Const<37420>, Const<37421>, Const<37422>, Const<37423>),
        (Const<37424>, Const<37425>, Const<37426>, Const<37427>, Const<37428>, Const<37429>, Const<37430>, Const<37431>, Const<37432>, Const<37433>, Const<37434>, Const<37435>, Const<37436>, Const<37437>, Const<37438>, Const<37439>),
        (Const<37440>, Const<37441>, Const<37442>, Const<37443>, Const<37444>, Const<37445>, Const<37446>, Const<37447>, Const<37448>, Const<37449>, Const<37450>, Const<37451>, Const<37452>, Const<37453>, Const<37454>, Const<37455>),
        (Const<37456>, Const<37457>, Const<37458>, Const<37459>, Const<37460>, Const<37461>, Const<37462>, Const<37463>, Const<37464>, Const<37465>, Const<37466>, Const<37467>, Const<37468>, Const<37469>, Const<37470>, Const<37471>),
        (Const<37472>, Const<37473>, Const<37474>, Const<37475>, Const<37476>, Const<37477>, Const<37478>, Const<37479>, Const<37480>, Const<37481>, Const<37482>, Const<37483>, Const<37484>, Const<37485>, Const<37486>, Const<37487>),
        (Const<37488>, Const<37489>, Const<37490>, Const<37491>, Const<37492>, Const<37493>, Const<37494>, Const<37495>, Const<37496>, Const<37497>, Const<37498>, Const<37499>, Const<37500>, Const<37501>, Const<37502>, Const<37503>),
        (Const<37504>, Const<37505>, Const<37506>, Const<37507>, Const<37508>, Const<37509>, Const<37510>, Const<37511>, Const<37512>, Const<37513>, Const<37514>, Const<37515>, Const<37516>, Const<37517>, Const<37518>, Const<37519>),
        (Const<37520>, Const<37521>, Const<37522>, Const<37523>, Const<37524>, Const<37525>, Const<37526>, Const<37527>, Const<37528>, Const<37529>, Const<37530>, Const<37531>, Const<37532>, Const<37533>, Const<37534>, Const<37535>),
        (Const<37536>, Const<37537>, Const<37538>, Const<37539>, Const<37540>, Const<37541>, Const<37542>, Const<37543>, Const<37544>, Const<37545>, Const<37546>, Const<37547>, Const<37548>, Const<37549>, Const<37550>, Const<37551>),
        (Const<37552>, Const<37553>, Const<37554>, Const<37555>, Const<37556>, Const<37557>, Const<37558>, Const<37559>, Const<37560>, Const<37561>, Const<37562>, Const<37563>, Const<37564>, Const<37565>, Const<37566>, Const<37567>),
        (Const<37568>, Const<37569>, Const<37570>, Const<37571>, Const<37572>, Const<37573>, Const<37574>, Const<37575>, Const<37576>, Const<37577>, Const<37578>, Const<37579>, Const<37580>, Const<37581>, Const<37582>, Const<37583>),
        (Const<37584>, Const<37585>, Const<37586>, Const<37587>, Const<37588>, Const<37589>, Const<37590>, Const<37591>, Const<37592>, Const<37593>, Const<37594>, Const<37595>, Const<37596>, Const<37597>, Const<37598>, Const<37599>),
        (Const<37600>, Const<37601>, Const<37602>, Const<37603>, Const<37604>, Const<37605>, Const<37606>, Const<37607>, Const<37608>, Const<37609>, Const<37610>, Const<37611>, Const<37612>, Const<37613>, Const<37614>, Const<37615>),
        (Const<37616>, Const<37617>, Const<37618>, Const<37619>, Const<37620>, Const<37621>, Const<37622>, Const<37623>, Const<37624>, Const<37625>, Const<37626>, Const<37627>, Const<37628>, Const<37629>, Const<37630>, Const<37631>),
    );
}

impl Row for typenum::consts::U147 {
    type Cols = (
        (Const<37632>, Const<37633>, Const<37634>, Const<37635>, Const<37636>, Const<37637>, Const<37638>, Const<37639>, Const<37640>, Const<37641>, Const<37642>, Const<37643>, Const<37644>, Const<37645>, Const<37646>, Const<37647>),
        (Const<37648>, Const<37649>, Const<37650>, Const<37651>, Const<37652>, Const<37653>, Const<37654>, Const<37655>, Const<37656>, Const<37657>, Const<37658>, Const<37659>, Const<37660>, Const<37661>, Const<37662>, Const<37663>),
        (Const<37664>, Const<37665>, Const<37666>, Const<37667>, Const<37668>, Const<37669>, Const<37670>, Const<37671>, Const<37672>, Const<37673>, Const<37674>, Const<37675>, Const<37676>, Const<37677>, Const<37678>, Const<37679>),
        (Const<37680>, Const<37681>, Const<37682>, Const<37683>, Const<37684>, Const<37685>, Const<37686>, Const<37687>, Const<37688>, Const<37689>, Const<37690>, Const<37691>, Const<37692>, Const<37693>, Const<37694>, Const<37695>),
        (Const<37696>, Const<37697>, Const<37698>, Const<37699>, Const<37700>, Const<37701>, Const<37702>, Const<37703>, Const<37704>, Const<37705>, Const<37706>, Const<37707>, Const<37708>, Const<37709>, Const<37710>, Const<37711>),
        (Const<37712>, Const<37713>, Const<37714>, Const<37715>, Const<37716>, Const<37717>, Const<37718>, Const<37719>, Const<37720>, Const<37721>, Const<37722>, Const<37723>, Const<37724>, Const<37725>, Const<37726>, Const<37727>),
        (Const<37728>, Const<37729>, Const<37730>, Const<37731>, Const<37732>, Const<37733>, Const<37734>, Const<37735>, Const<37736>, Const<37737>, Const<37738>, Const<37739>, Const<37740>, Const<37741>, Const<37742>, Const<37743>),
        (Const<37744>, Const<37745>, Const<37746>, Const<37747>, Const<37748>, Const<37749>, Const<37750>, Const<37751>, Const<37752>, Const<37753>, Const<37754>, Const<37755>, Const<37756>, Const<37757>, Const<37758>, Const<37759>),
        (Const<37760>, Const<37761>, Const<37762>, Const<37763>, Const<37764>, Const<37765>, Const<37766>, Const<37767>, Const<37768>, Const<37769>, Const<37770>, Const<37771>, Const<37772>, Const<37773>, Const<37774>, Const<37775>),
        (Const<37776>, Const<37777>, Const<37778>, Const<37779>, Const<37780>, Const<37781>, Const<37782>, Const<37783>, Const<37784>, Const<37785>, Const<37786>, Const<37787>, Const<37788>, Const<37789>, Const<37790>, Const<37791>),
        (Const<37792>, Const<37793>, Const<37794>, Const<37795>, Const<37796>, Const<37797>, Const<37798>, Const<37799>, Const<37800>, Const<37801>, Const<37802>, Const<37803>, Const<37804>, Const<37805>, Const<37806>, Const<37807>),
        (Const<37808>, Const<37809>, Const<37810>, Const<37811>, Const<37812>, Const<37813>, Const<37814>, Const<37815>, Const<37816>, Const<37817>, Const<37818>, Const<37819>, Const<37820>, Const<37821>, Const<37822>, Const<37823>),
        (Const<37824>, Const<37825>, Const<37826>, Const<37827>, Const<37828>, Const<37829>, Const<37830>, Const<37831>, Const<37832>, Const<37833>, Const<37834>, Const<37835>, Const<37836>, Const<37837>, Const<37838>, Const<37839>),
        (Const<37840>, Const<37841>, Const<37842>, Const<37843>, Const<37844>, Const<37845>, Const<37846>, Const<37847>, Const<37848>, Const<37849>, Const<37850>, Const<37851>, Const<37852>, Const<37853>, Const<37854>, Const<37855>),
        (Const<37856>, Const<37857>, Const<37858>, Const<37859>, Const<37860>, Const<37861>, Const<37862>, Const<37863>, Const<37864>, Const<37865>, Const<37866>, Const<37867>, Const<37868>, Const<37869>, Const<37870>, Const<37871>),
        (Const<37872>, Const<37873>, Const<37874>, Const<37875>, Const<37876>, Const<37877>, Const<37878>, Const<37879>, Const<37880>, Const<37881>, Const<37882>, Const<37883>, Const<37884>, Const<37885>, Const<37886>, Const<37887>),
    );
}

impl Row for typenum::consts::U148 {
    type Cols = (
        (Const<37888>, Const<37889>, Const<37890>, Const<37891>, Const<37892>, Const<37893>, Const<37894>, Const<37895>, Const<37896>, Const<37897>, Const<37898>, Const<37899>, Const<37900>, Const<37901>, Const<37902>, Const<37903>),
        (Const<37904>, Const<37905>, Const<37906>, Const<37907>, Const<37908>, Const<37909>, Const<37910>, Const<37911>, Const<37912>, Const<37913>, Const<37914>, Const<37915>, Const<37916>, Const<37917>, Const<37918>, Const<37919>),
        (Const<37920>, Const<37921>, Const<37922>, Const<37923>, Const<37924>, Const<37925>, Const<37926>, Const<37927>, Const<37928>, Const<37929>, Const<37930>, Const<37931>, Const<37932>, Const<37933>, Const<37934>, Const<37935>),
        (Const<37936>, Const<37937>, Const<37938>, Const<37939>, Const<37940>, Const<37941>, Const<37942>, Const<37943>, Const<37944>, Const<37945>, Const<37946>, Const<37947>, Const<37948>, Const<37949>, Const<37950>, Const<37951>),
        (Const<37952>, Const<37953>, Const<37954>, Const<37955>, Const<37956>, Const<37957>, Const<37958>, Const<37959>, Const<37960>, Const<37961>, Const<37962>, Const<37963>, Const<37964>, Const<37965>, Const<37966>, Const<37967>),
        (Const<37968>, Const<37969>, Const<37970>, Const<37971>, Const<37972>, Const<37973>, Const<37974>, Const<37975>, Const<37976>, Const<37977>, Const<37978>, Const<37979>, Const<37980>, Const<37981>, Const<37982>, Const<37983>),
        (Const<37984>, Const<37985>, Const<37986>, Const<37987>, Const<37988>, Const<37989>, Const<37990>, Const<37991>, Const<37992>, Const<37993>, Const<37994>, Const<37995>, Const<37996>, Const<37997>, Const<37998>, Const<37999>),
        (Const<38000>, Const<38001>, Const<38002>, Const<38003>, Const<38004>, Const<38005>, Const<38006>, Const<38007>, Const<38008>, Const<38009>, Const<38010>, Const<38011>, Const<38012>, Const<38013>, Const<38014>, Const<38015>),
        (Const<38016>, Const<38017>, Const<38018>, Const<38019>, Const<38020>, Const<38021>, Const<38022>, Const<38023>, Const<38024>, Const<38025>, Const<38026>, Const<38027>, Const<38028>, Const<38029>, Const<38030>, Const<38031>),
        (Const<38032>, Const<38033>, Const<38034>, Const<38035>, Const<38036>, Const<38037>, Const<38038>, Const<38039>, Const<38040>, Const<38041>, Const<38042>, Const<38043>, Const<38044>, Const<38045>, Const<38046>, Const<38047>),
        (Const<38048>, Const<38049>, Const<38050>, Const<38051>, Const<38052>, Const<38053>, Const<38054>, Const<38055>, Const<38056>, Const<38057>, Const<38058>, Const<38059>, Const<38060>, Const<38061>, Const<38062>, Const<38063>),
        (Const<38064>, Const<38065>, Const<38066>, Const<38067>, Const<38068>, Const<38069>, Const<38070>, Const<38071>, Const<38072>, Const<38073>, Const<38074>, Const<38075>, Const<38076>, Const<38077>, Const<38078>, Const<38079>),
        (Const<38080>, Const<38081>, Const<38082>, Const<38083>, Const<38084>, Const<38085>, Const<38086>, Const<38087>, Const<38088>, Const<38089>, Const<38090>, Const<38091>, Const<38092>, Const<38093>, Const<38094>, Const<38095>),
        (Const<38096>, Const<38097>, Const<38098>, Const<38099>, Const<38100>, Const<38101>, Const<38102>, Const<38103>, Const<38104>, Const<38105>, Const<38106>, Const<38107>, Const<38108>, Const<38109>, Const<38110>, Const<38111>),
        (Const<38112>, Const<38113>, Const<38114>, Const<38115>, Const<38116>, Const<38117>, Const<38118>, Const<38119>, Const<38120>, Const<38121>, Const<38122>, Const<38123>, Const<38124>, Const<38125>, Const<38126>, Const<38127>),
        (Const<38128>, Const<38129>, Const<38130>, Const<38131>, Const<38132>, Const<38133>, Const<38134>, Const<38135>, Const<38136>, Const<38137>, Const<38138>, Const<38139>, Const<38140>, Const<38141>, Const<38142>, Const<38143>),
    );
}

impl Row for typenum::consts::U149 {
    type Cols = (
        (Const<38144>, Const<38145>, Const<38146>, Const<38147>, Const<38148>, Const<38149>, Const<38150>, Const<38151>, Const<38152>, Const<38153>, Const<38154>, Const<38155>, Const<38156>, Const<38157>, Const<38158>, Const<38159>),
        (Const<38160>, Const<38161>, Const<38162>, Const<38163>, Const<38164>, Const<38165>, Const<38166>, Const<38167>, Const<38168>, Const<38169>, Const<38170>, Const<38171>, Const<38172>, Const<38173>, Const<38174>, Const<38175>),
        (Const<38176>, Const<38177>, Const<38178>, Const<38179>, Const<38180>, Const<38181>, Const<38182>, Const<38183>, Const<38184>, Const<38185>, Const<38186>, Const<38187>, Const<38188>, Const<38189>, Const<38190>, Const<38191>),
        (Const<38192>, Const<38193>, Const<38194>, Const<38195>, Const<38196>, Const<38197>, Const<38198>, Const<38199>, Const<38200>, Const<38201>, Const<38202>, Const<38203>, Const<38204>, Const<38205>, Const<38206>, Const<38207>),
        (Const<38208>, Const<38209>, Const<38210>, Const<38211>, Const<38212>, Const<38213>, Const<38214>, Const<38215>, Const<38216>, Const<38217>, Const<38218>, Const<38219>, Const<38220>, Const<38221>, Const<38222>, Const<38223>),
        (Const<38224>, Const<38225>, Const<38226>, Const<38227>, Const<38228>, Const<38229>, Const<38230>, Const<38231>, Const<38232>, Const<38233>, Const<38234>, Const<38235>, Const<38236>, Const<38237>, Const<38238>, Const<38239>),
        (Const<38240>, Const<38241>, Const<38242>, Const<38243>, Const<38244>, Const<38245>, Const<38246>, Const<38247>, Const<38248>, Const<38249>, Const<38250>, Const<38251>, Const<38252>, Const<38253>, Const<38254>, Const<38255>),
        (Const<38256>, Const<38257>, Const<38258>, Const<38259>, Const<38260>, Const<38261>, Const<38262>, Const<38263>, Const<38264>, Const<38265>, Const<38266>, Const<38267>, Const<38268>, Const<38269>, Const<38270>, Const<38271>),
        (Const<38272>, Const<38273>, Const<38274>, Const<38275>, Const<38276>, Const<38277>, Const<38278>, Const<38279>, Const<38280>, Const<38281>, Const<38282>, Const<38283>, Const<38284>, Const<38285>, Const<38286>, Const<38287>),
        (Const<38288>, Const<38289>, Const<38290>, Const<38291>, Const<38292>, Const<38293>, Const<38294>, Const<38295>, Const<38296>, Const<38297>, Const<38298>, Const<38299>, Const<38300>, Const<38301>, Const<38302>, Const<38303>),
        (Const<38304>, Const<38305>, Const<38306>, Const<38307>, Const<38308>, Const<38309>, Const<38310>, Const<38311>, Const<38312>, Const<38313>, Const<38314>, Const<38315>, Const<38316>, Const<38317>, Const<38318>, Const<38319>),
        (Const<38320>, Const<38321>, Const<38322>, Const<38323>, Const<38324>, Const<38325>, Const<38326>, Const<38327>, Const<38328>, Const<38329>, Const<38330>, Const<38331>, Const<38332>, Const<38333>, Const<38334>, Const<38335>),
        (Const<38336>, Const<38337>, Const<38338>, Const<38339>, Const<38340>, Const<38341>, Const<38342>, Const<38343>, Const<38344>, Const<38345>, Const<38346>, Const<38347>, Const<38348>, Const<38349>, Const<38350>, Const<38351>),
        (Const<38352>, Const<38353>, Const<38354>, Const<38355>, Const<38356>, Const<38357>, Const<38358>, Const<38359>, Const<38360>, Const<38361>, Const<38362>, Const<38363>, Const<38364>, Const<38365>, Const<38366>, Const<38367>),
        (Const<38368>, Const<38369>, Const<38370>, Const<38371>, Const<38372>, Const<38373>, Const<38374>, Const<38375>, Const<38376>, Const<38377>, Const<38378>, Const<38379>, Const<38380>, Const<38381>, Const<38382>, Const<38383>),
        (Const<38384>, Const<38385>, Const<38386>, Const<38387>, Const<38388>, Const<38389>, Const<38390>, Const<38391>, Const<38392>, Const<38393>, Const<38394>, Const<38395>, Const<38396>, Const<38397>, Const<38398>, Const<38399>),
    );
}

impl Row for typenum::consts::U150 {
    type Cols = (
        (Const<38400>, Const<38401>, Const<38402>, Const<38403>, Const<38404>, Const<38405>, Const<38406>, Const<38407>, Const<38408>, Const<38409>, Const<38410>, Const<38411>, Const<38412>, Const<38413>, Const<38414>, Const<38415>),
        (Const<38416>, Const<38417>, Const<38418>, Const<38419>, Const<38420>, Const<38421>, Const<38422>, Const<38423>, Const<38424>, Const<38425>, Const<38426>, Const<38427>, Const<38428>, Const<38429>, Const<38430>, Const<38431>),
        (Const<38432>, Const<38433>, Const<38434>, Const<38435>, Const<38436>, Const<38437>, Const<38438>, Const<38439>, Const<38440>, Const<38441>, Const<38442>, Const<38443>, Const<38444>, Const<38445>, Const<38446>, Const<38447>),
        (Const<38448>, Const<38449>, Const<38450>, Const<38451>, Const<38452>, Const<38453>, Const<38454>, Const<38455>, Const<38456>, Const<38457>, Const<38458>, Const<38459>, Const<38460>, Const<38461>, Const<38462>, Const<38463>),
        (Const<38464>, Const<38465>, Const<38466>, Const<38467>, Const<38468>, Const<38469>, Const<38470>, Const<38471>, Const<38472>, Const<38473>, Const<38474>, Const<38475>, Const<38476>, Const<38477>, Const<38478>, Const<38479>),
        (Const<38480>, Const<38481>, Const<38482>, Const<38483>, Const<38484>, Const<38485>, Const<38486>, Const<38487>, Const<38488>, Const<38489>, Const<38490>, Const<38491>, Const<38492>, Const<38493>, Const<38494>, Const<38495>),
        (Const<38496>, Const<38497>, Const<38498>, Const<38499>, Const<38500>, Const<38501>, Const<38502>, Const<38503>, Const<38504>, Const<38505>, Const<38506>, Const<38507>, Const<38508>, Const<38509>, Const<38510>, Const<38511>),
        (Const<38512>, Const<38513>, Const<38514>, Const<38515>, Const<38516>, Const<38517>, Const<38518>, Const<38519>, Const<38520>, Const<38521>, Const<38522>, Const<38523>, Const<38524>, Const<38525>, Const<38526>, Const<38527>),
        (Const<38528>, Const<38529>, Const<38530>, Const<38531>, Const<38532>, Const<38533>, Const<38534>, Const<38535>, Const<38536>, Const<38537>, Const<38538>, Const<38539>, Const<38540>, Const<38541>, Const<38542>, Const<38543>),
        (Const<38544>, Const<38545>, Const<38546>, Const<38547>, Const<38548>, Const<38549>, Const<38550>, Const<38551>, Const<38552>, Const<38553>, Const<38554>, Const<38555>, Const<38556>, Const<38557>, Const<38558>, Const<38559>),
        (Const<38560>, Const<38561>, Const<38562>, Const<38563>, Const<38564>, Const<38565>, Const<38566>, Const<38567>, Const<38568>, Const<38569>, Const<38570>, Const<38571>, Const<38572>, Const<38573>, Const<38574>, Const<38575>),
        (Const<38576>, Const<38577>, Const<38578>, Const<38579>, Const<38580>, Const<38581>, Const<38582>, Const<38583>, Const<38584>, Const<38585>, Const<38586>, Const<38587>, Const<38588>, Const<38589>, Const<38590>, Const<38591>),
        (Const<38592>, Const<38593>, Const<38594>, Const<38595>, Const<38596>, Const<38597>, Const<38598>, Const<38599>, Const<38600>, Const<38601>, Const<38602>, Const<38603>, Const<38604>, Const<38605>, Const<38606>, Const<38607>),
        (Const<38608>, Const<38609>, Const<38610>, Const<38611>, Const<38612>, Const<38613>, Const<38614>, Const<38615>, Const<38616>, Const<38617>, Const<38618>, Const<38619>, Const<38620>, Const<38621>, Const<38622>, Const<38623>),
        (Const<38624>, Const<38625>, Const<38626>, Const<38627>, Const<38628>, Const<38629>, Const<38630>, Const<38631>, Const<38632>, Const<38633>, Const<38634>, Const<38635>, Const<38636>, Const<38637>, Const<38638>, Const<38639>),
        (Const<38640>, Const<38641>, Const<38642>, Const<38643>, Const<38644>, Const<38645>, Const<38646>, Const<38647>, Const<38648>, Const<38649>, Const<38650>, Const<38651>, Const<38652>, Const<38653>, Const<38654>, Const<38655>),
    );
}

impl Row for typenum::consts::U151 {
    type Cols = (
        (Const<38656>, Const<38657>, Const<38658>, Const<38659>, Const<38660>, Const<38661>, Const<38662>, Const<38663>, Const<38664>, Const<38665>, Const<38666>, Const<38667>, Const<38668>, Const<38669>, Const<38670>, Const<38671>),
        (Const<38672>, Const<38673>, Const<38674>, Const<38675>, Const<38676>, Const<38677>, Const<38678>, Const<38679>, Const<38680>, Const<38681>, Const<38682>, Const<38683>, Const<38684>, Const<38685>, Const<38686>, Const<38687>),
        (Const<38688>, Const<38689>, Const<38690>, Const<38691>, Const<38692>, Const<38693>, Const<38694>, Const<38695>, Const<38696>, Const<38697>, Const<38698>, Const<38699>, Const<38700>, Const<38701>, Const<38702>, Const<38703>),
        (Const<38704>, Const<38705>, Const<38706>, Const<38707>, Const<38708>, Const<38709>, Const<38710>, Const<38711>, Const<38712>, Const<38713>, Const<38714>, Const<38715>, Const<38716>, Const<38717>, Const<38718>, Const<38719>),
        (Const<38720>, Const<38721>, Const<38722>, Const<38723>, Const<38724>, Const<38725>, Const<38726>, Const<38727>, Const<38728>, Const<38729>, Const<38730>, Const<38731>, Const<38732>, Const<38733>, Const<38734>, Const<38735>),
        (Const<38736>, Const<38737>, Const<38738>, Const<38739>, Const<38740>, Const<38741>, Const<38742>, Const<38743>, Const<38744>, Const<38745>, Const<38746>, Const<38747>, Const<38748>, Const<38749>, Const<38750>, Const<38751>),
        (Const<38752>, Const<38753>, Const<38754>, Const<38755>, Const<38756>, Const<38757>, Const<38758>, Const<38759>, Const<38760>, Const<38761>, Const<38762>, Const<38763>, Const<38764>, Const<38765>, Const<38766>, Const<38767>),
        (Const<38768>, Const<38769>, Const<38770>, Const<38771>, Const<38772>, Const<38773>, Const<38774>, Const<38775>, Const<38776>, Const<38777>, Const<38778>, Const<38779>, Const<38780>, Const<38781>, Const<38782>, Const<38783>),
        (Const<38784>, Const<38785>, Const<38786>, Const<38787>, Const<38788>, Const<38789>, Const<38790>, Const<38791>, Const<38792>, Const<38793>, Const<38794>, Const<38795>, Const<38796>, Const<38797>, Const<38798>, Const<38799>),
        (Const<38800>, Const<38801>, Const<38802>, Const<38803>, Const<38804>, Const<38805>, Const<38806>, Const<38807>, Const<38808>, Const<38809>, Const<38810>, Const<38811>, Const<38812>, Const<38813>, Const<38814>, Const<38815>),
        (Const<38816>, Const<38817>, Const<38818>, Const<38819>, Const<38820>, Const<38821>, Const<38822>, Const<38823>, Const<38824>, Const<38825>, Const<38826>, Const<38827>, Const<38828>, Const<38829>, Const<38830>, Const<38831>),
        (Const<38832>, Const<38833>, Const<38834>, Const<38835>, Const<38836>, Const<38837>, Const<38838>, Const<38839>, Const<38840>, Const<38841>, Const<38842>, Const<38843>, Const<38844>, Const<38845>, Const<38846>, Const<38847>),
        (Const<38848>, Const<38849>, Const<38850>, Const<38851>, Const<38852>, Const<38853>, Const<38854>, Const<38855>, Const<38856>, Const<38857>, Const<38858>, Const<38859>, Const<38860>, Const<38861>, Const<38862>, Const<38863>),
        (Const<38864>, Const<38865>, Const<38866>, Const<38867>, Const<38868>, Const<38869>, Const<38870>, Const<38871>, Const<38872>, Const<38873>, Const<38874>, Const<38875>, Const<38876>, Const<38877>, Const<38878>, Const<38879>),
        (Const<38880>, Const<38881>, Const<38882>, Const<38883>, Const<38884>, Const<38885>, Const<38886>, Const<38887>, Const<38888>, Const<38889>, Const<38890>, Const<38891>, Const<38892>, Const<38893>, Const<38894>, Const<38895>),
        (Const<38896>, Const<38897>, Const<38898>, Const<38899>, Const<38900>, Const<38901>, Const<38902>, Const<38903>, Const<38904>, Const<38905>, Const<38906>, Const<38907>, Const<38908>, Const<38909>, Const<38910>, Const<38911>),
    );
}

impl Row for typenum::consts::U152 {
    type Cols = (
        (Const<38912>, Const<38913>, Const<38914>, Const<38915>, Const<38916>, Const<38917>, Const<38918>, Const<38919>, Const<38920>, Const<38921>, Const<38922>, Const<38923>, Const<38924>, Const<38925>, Const<38926>, Const<38927>),
        (Const<38928>, Const<38929>, Const<38930>, Const<38931>, Const<38932>, Const<38933>, Const<38934>, Const<38935>, Const<38936>, Const<38937>, Const<38938>, Const<38939>, Const<38940>, Const<38941>, Const<38942>, Const<38943>),
        (Const<38944>, Const<38945>, Const<38946>, Const<38947>, Const<38948>, Const<38949>, Const<38950>, Const<38951>, Const<38952>, Const<38953>, Const<38954>, Const<38955>, Const<38956>, Const<38957>, Const<38958>, Const<38959>),
        (Const<38960>, Const<38961>, Const<38962>, Const<38963>, Const<38964>, Const<38965>, Const<38966>, Const<38967>, Const<38968>, Const<38969>, Const<38970>, Const<38971>, Const<38972>, Const<38973>, Const<38974>, Const<38975>),
        (Const<38976>, Const<38977>, Const<38978>, Const<38979>, Const<38980>, Const<38981>, Const<38982>, Const<38983>, Const<38984>, Const<38985>, Const<38986>, Const<38987>, Const<38988>, Const<38989>, Const<38990>, Const<38991>),
        (Const<38992>, Const<38993>, Const<38994>, Const<38995>, Const<38996>, Const<38997>, Const<38998>, Const<38999>, Const<39000>, Const<39001>, Const<39002>, Const<39003>, Const<39004>, Const<39005>, Const<39006>, Const<39007>),
        (Const<39008>, Const<39009>, Const<39010>, Const<39011>, Const<39012>, Const<39013>, Const<39014>, Const<39015>, Const<39016>, Const<39017>, Const<39018>, Const<39019>, Const<39020>, Const<39021>, Const<39022>, Const<39023>),
        (Const<39024>, Const<39025>, Const<39026>, Const<39027>, Const<39028>, Const<39029>, Const<39030>, Const<39031>, Const<39032>, Const<39033>, Const<39034>, Const<39035>, Const<39036>, Const<39037>, Const<39038>, Const<39039>),
        (Const<39040>, Const<39041>, Const<39042>, Const<39043>, Const<39044>, Const<39045>, Const<39046>, Const<39047>, Const<39048>, Const<39049>, Const<39050>, Const<39051>, Const<39052>, Const<39053>, Const<39054>, Const<39055>),
        (Const<39056>, Const<39057>, Const<39058>, Const<39059>, Const<39060>, Const<39061>, Const<39062>, Const<39063>, Const<39064>, Const<39065>, Const<39066>, Const<39067>, Const<39068>, Const<39069>, Const<39070>, Const<39071>),
        (Const<39072>, Const<39073>, Const<39074>, Const<39075>, Const<39076>, Const<39077>, Const<39078>, Const<39079>, Const<39080>, Const<39081>, Const<39082>, Const<39083>, Const<39084>, Const<39085>, Const<39086>, Const<39087>),
        (Const<39088>, Const<39089>, Const<39090>, Const<39091>, Const<39092>, Const<39093>, Const<39094>, Const<39095>, Const<39096>, Const<39097>, Const<39098>, Const<39099>, Const<39100>, Const<39101>, Const<39102>, Const<39103>),
        (Const<39104>, Const<39105>, Const<39106>, Const<39107>, Const<39108>, Const<39109>, Const<39110>, Const<39111>, Const<39112>, Const<39113>, Const<39114>, Const<39115>, Const<39116>, Const<39117>, Const<39118>, Const<39119>),
        (Const<39120>, Const<39121>, Const<39122>, Const<39123>, Const<39124>, Const<39125>, Const<39126>, Const<39127>, Const<39128>, Const<39129>, Const<39130>, Const<39131>, Const<39132>, Const<39133>, Const<39134>, Const<39135>),
        (Const<39136>, Const<39137>, Const<39138>, Const<39139>, Const<39140>, Const<39141>, Const<39142>, Const<39143>, Const<39144>, Const<39145>, Const<39146>, Const<39147>, Const<39148>, Const<39149>, Const<39150>, Const<39151>),
        (Const<39152>, Const<39153>, Const<39154>, Const<39155>, Const<39156>, Const<39157>, Const<39158>, Const<39159>, Const<39160>, Const<39161>, Const<39162>, Const<39163>, Const<39164>, Const<39165>, Const<39166>, Const<39167>),
    );
}

impl Row for typenum::consts::U153 {
    type Cols = (
        (Const<39168>, Const<39169>, Const<39170>, Const<39171>, Const<39172>, Const<39173>, Const<39174>, Const<39175>, Const<39176>, Const<39177>, Const<39178>, Const<39179>, Const<39180>, Const<39181>, Const<39182>, Const<39183>),
        (Const<39184>, Const<39185>, Const<39186>, Const<39187>, Const<39188>, Const<39189>, Const<39190>, Const<39191>, Const<39192>, Const<39193>, Const<39194>, Const<39195>, Const<39196>, Const<39197>, Const<39198>, Const<39199>),
        (Const<39200>, Const<39201>, Const<39202>, Const<39203>, Const<39204>, Const<39205>, Const<39206>, Const<39207>, Const<39208>, Const<39209>, Const<39210>, Const<39211>, Const<39212>, Const<39213>, Const<39214>, Const<39215>),
        (Const<39216>, Const<39217>, Const<39218>, Const<39219>, Const<39220>, Const<39221>, Const<39222>, Const<39223>, Const<39224>, Const<39225>, Const<39226>, Const<39227>, Const<39228>, Const<39229>, Const<39230>, Const<39231>),
        (Const<39232>, Const<39233>, Const<39234>, Const<39235>, Const<39236>, Const<39237>, Const<39238>, Const<39239>, Const<39240>, Const<39241>, Const<39242>, Const<39243>, Const<39244>, Const<39245>, Const<39246>, Const<39247>),
        (Const<39248>, Const<39249>, Const<39250>, Const<39251>, Const<39252>, Const<39253>, Const<39254>, Const<39255>, Const<39256>, Const<39257>, Const<39258>, Const<39259>, Const<39260>, Const<39261>, Const<39262>, Const<39263>),
        (Const<39264>, Const<39265>, Const<39266>, Const<39267>, Const<39268>, Const<39269>, Const<39270>, Const<39271>, Const<39272>, Const<39273>, Const<39274>, Const<39275>, Const<39276>, Const<39277>, Const<39278>, Const<39279>),
        (Const<39280>, Const<39281>, Const<39282>, Const<39283>, Const<39284>, Const<39285>, Const<39286>, Const<39287>, Const<39288>, Const<39289>, Const<39290>, Const<39291>, Const<39292>, Const<39293>, Const<39294>, Const<39295>),
        (Const<39296>, Const<39297>, Const<39298>, Const<39299>, Const<39300>, Const<39301>, Const<39302>, Const<39303>, Const<39304>, Const<39305>, Const<39306>, Const<39307>, Const<39308>, Const<39309>, Const<39310>, Const<39311>),
        (Const<39312>, Const<39313>, Const<39314>, Const<39315>, Const<39316>, Const<39317>, Const<39318>, Const<39319>, Const<39320>, Const<39321>, Const<39322>, Const<39323>, Const<39324>, Const<39325>, Const<39326>, Const<39327>),
        (Const<39328>, Const<39329>, Const<39330>, Const<39331>, Const<39332>, Const<39333>, Const<39334>, Const<39335>, Const<39336>, Const<39337>, Const<39338>, Const<39339>, Const<39340>, Const<39341>, Const<39342>, Const<39343>),
        (Const<39344>, Const<39345>, Const<39346>, Const<39347>, Const<39348>, Const<39349>, Const<39350>, Const<39351>, Const<39352>, Const<39353>, Const<39354>, Const<39355>, Const<39356>, Const<39357>, Const<39358>, Const<39359>),
        (Const<39360>, Const<39361>, Const<39362>, Const<39363>, Const<39364>, Const<39365>, Const<39366>, Const<39367>, Const<39368>, Const<39369>, Const<39370>, Const<39371>, Const<39372>, Const<39373>, Const<39374>, Const<39375>),
        (Const<39376>, Const<39377>, Const<39378>, Const<39379>, Const<39380>, Const<39381>, Const<39382>, Const<39383>, Const<39384>, Const<39385>, Const<39386>, Const<39387>, Const<39388>, Const<39389>, Const<39390>, Const<39391>),
        (Const<39392>, Const<39393>, Const<39394>, Const<39395>, Const<39396>, Const<39397>, Const<39398>, Const<39399>, Const<39400>, Const<39401>, Const<39402>, Const<39403>, Const<39404>, Const<39405>, Const<39406>, Const<39407>),
        (Const<39408>, Const<39409>, Const<39410>, Const<39411>, Const<39412>, Const<39413>, Const<39414>, Const<39415>, Const<39416>, Const<39417>, Const<39418>, Const<39419>, Const<39420>, Const<39421>, Const<39422>, Const<39423>),
    );
}

impl Row for typenum::consts::U154 {
    type Cols = (
        (Const<39424>, Const<39425>, Const<39426>, Const<39427>, Const<39428>, Const<39429>, Const<39430>, Const<39431>, Const<39432>, Const<39433>, Const<39434>, Const<39435>, Const<39436>, Const<39437>, Const<39438>, Const<39439>),
        (Const<39440>, Const<39441>, Const<39442>, Const<39443>, Const<39444>, Const<39445>, Const<39446>, Const<39447>, Const<39448>, Const<39449>, Const<39450>, Const<39451>, Const<39452>, Const<39453>, Const<39454>, Const<39455>),
        (Const<39456>, Const<39457>, Const<39458>, Const<39459>, Const<39460>, Const<39461>, Const<39462>, Const<39463>, Const<39464>, Const<39465>, Const<39466>, Const<39467>, Const<39468>, Const<39469>, Const<39470>, Const<39471>),
        (Const<39472>, Const<39473>, Const<39474>, Const<39475>, Const<39476>, Const<39477>, Const<39478>, Const<39479>, Const<39480>, Const<39481>, Const<39482>, Const<39483>, Const<39484>, Const<39485>, Const<39486>, Const<39487>),
        (Const<39488>, Const<39489>, Const<39490>, Const<39491>, Const<39492>, Const<39493>, Const<39494>, Const<39495>, Const<39496>, Const<39497>, Const<39498>, Const<39499>, Const<39500>, Const<39501>, Const<39502>, Const<39503>),
        (Const<39504>, Const<39505>, Const<39506>, Const<39507>, Const<39508>, Const<39509>, Const<39510>, Const<39511>, Const<39512>, Const<39513>, Const<39514>, Const<39515>, Const<39516>, Const<39517>, Const<39518>, Const<39519>),
        (Const<39520>, Const<39521>, Const<39522>, Const<39523>, Const<39524>, Const<39525>, Const<39526>, Const<39527>, Const<39528>, Const<39529>, Const<39530>, Const<39531>, Const<39532>, Const<39533>, Const<39534>, Const<39535>),
        (Const<39536>, Const<39537>, Const<39538>, Const<39539>, Const<39540>, Const<39541>, Const<39542>, Const<39543>, Const<39544>, Const<39545>, Const<39546>, Const<39547>, Const<39548>, Const<39549>, Const<39550>, Const<39551>),
        (Const<39552>, Const<39553>, Const<39554>, Const<39555>, Const<39556>, Const<39557>, Const<39558>, Const<39559>, Const<39560>, Const<39561>, Const<39562>, Const<39563>, Const<39564>, Const<39565>, Const<39566>, Const<39567>),
        (Const<39568>, Const<39569>, Const<39570>, Const<39571>, Const<39572>, Const<39573>, Const<39574>, Const<39575>, Const<39576>, Const<39577>, Const<39578>, Const<39579>, Const<39580>, Const<39581>, Const<39582>, Const<39583>),
        (Const<39584>, Const<39585>, Const<39586>, Const<39587>, Const<39588>, Const<39589>, Const<39590>, Const<39591>, Const<39592>, Const<39593>, Const<39594>, Const<39595>, Const<39596>, Const<39597>, Const<39598>, Const<39599>),
        (Const<39600>, Const<39601>, Const<39602>, Const<39603>, Const<39604>, Const<39605>, Const<39606>, Const<39607>, Const<39608>, Const<39609>, Const<39610>, Const<39611>, Const<39612>, Const<39613>, Const<39614>, Const<39615>),
        (Const<39616>, Const<39617>, Const<39618>, Const<39619>, Const<39620>, Const<39621>, Const<39622>, Const<39623>, Const<39624>, Const<39625>, Const<39626>, Const<39627>, Const<39628>, Const<39629>, Const<39630>, Const<39631>),
        (Const<39632>, Const<39633>, Const<39634>, Const<39635>, Const<39636>, Const<39637>, Const<39638>, Const<39639>, Const<39640>, Const<39641>, Const<39642>, Const<39643>, Const<39644>, Const<39645>, Const<39646>, Const<39647>),
        (Const<39648>, Const<39649>, Const<39650>, Const<39651>, Const<39652>, Const<39653>, Const<39654>, Const<39655>, Const<39656>, Const<39657>, Const<39658>, Const<39659>, Const<39660>, Const<39661>, Const<39662>, Const<39663>),
        (Const<39664>, Const<39665>, Const<39666>, Const<39667>, Const<39668>, Const<39669>, Const<39670>, Const<39671>, Const<39672>, Const<39673>, Const<39674>, Const<39675>, Const<39676>, Const<39677>, Const<39678>, Const<39679>),
    );
}

impl Row for typenum::consts::U155 {
    type Cols = (
        (Const<39680>, Const<39681>, Const<39682>, Const<39683>, Const<39684>, Const<39685>, Const<39686>, Const<39687>, Const<39688>, Const<39689>, Const<39690>, Const<39691>, Const<39692>, Const<39693>, Const<39694>, Const<39695>),
        (Const<39696>, Const<39697>, Const<39698>, Const<39699>, Const<39700>, Const<39701>, Const<39702>, Const<39703>, Const<39704>, Const<39705>, Const<39706>, Const<39707>, Const<39708>, Const<39709>, Const<39710>, Const<39711>),
        (Const<39712>, Const<39713>, Const<39714>, Const<39715>, Const<39716>, Const<39717>, Const<39718>, Const<39719>, Const<39720>, Const<39721>, Const<39722>, Const<39723>, Const<39724>, Const<39725>, Const<39726>, Const<39727>),
        (Const<39728>, Const<39729>, Const<39730>, Const<39731>, Const<39732>, Const<39733>, Const<39734>, Const<39735>, Const<39736>, Const<39737>, Const<39738>, Const<39739>, Const<39740>, Const<39741>, Const<39742>, Const<39743>),
        (Const<39744>, Const<39745>, Const<39746>, Const<39747>, Const<39748>, Const<39749>, Const<39750>, Const<39751>, Const<39752>, Const<39753>, Const<39754>, Const<39755>, Const<39756>, Const<39757>, Const<39758>, Const<39759>),
        (Const<39760>, Const<39761>, Const<39762>, Const<39763>, Const<39764>, Const<39765>, Const<39766>, Const<39767>, Const<39768>, Const<39769>, Const<39770>, Const<39771>, Const<39772>, Const<39773>, Const<39774>, Const<39775>),
        (Const<39776>, Const<39777>, Const<39778>, Const<39779>, Const<39780>, Const<39781>, Const<39782>, Const<39783>, Const<39784>, Const<39785>, Const<39786>, Const<39787>, Const<39788>, Const<39789>, Const<39790>, Const<39791>),
        (Const<39792>, Const<39793>, Const<39794>, Const<39795>, Const<39796>, Const<39797>, Const<39798>, Const<39799>, Const<39800>, Const<39801>, Const<39802>, Const<39803>, Const<39804>, Const<39805>, Const<39806>, Const<39807>),
        (Const<39808>, Const<39809>, Const<39810>, Const<39811>, Const<39812>, Const<39813>, Const<39814>, Const<39815>, Const<39816>, Const<39817>, Const<39818>, Const<39819>, Const<39820>, Const<39821>, Const<39822>, Const<39823>),
        (Const<39824>, Const<39825>, Const<39826>, Const<39827>, Const<39828>, Const<39829>, Const<39830>, Const<39831>, Const<39832>, Const<39833>, Const<39834>, Const<39835>, Const<39836>, Const<39837>, Const<39838>, Const<39839>),
        (Const<39840>, Const<39841>, Const<39842>, Const<39843>, Const<39844>, Const<39845>, Const<39846>, Const<39847>, Const<39848>, Const<39849>, Const<39850>, Const<39851>, Const<39852>, Const<39853>, Const<39854>, Const<39855>),
        (Const<39856>, Const<39857>, Const<39858>, Const<39859>, Const<39860>, Const<39861>, Const<39862>, Const<39863>, Const<39864>, Const<39865>, Const<39866>, Const<39867>, Const<39868>, Const<39869>, Const<39870>, Const<39871>),
        (Const<39872>, Const<39873>, Const<39874>, Const<39875>, Const<39876>, Const<39877>, Const<39878>, Const<39879>, Const<39880>, Const<39881>, Const<39882>, Const<39883>, Const<39884>, Const<39885>, Const<39886>, Const<39887>),
        (Const<39888>, Const<39889>, Const<39890>, Const<39891>, Const<39892>, Const<39893>, Const<39894>, Const<39895>, Const<39896>, Const<39897>, Const<39898>, Const<39899>, Const<39900>, Const<39901>, Const<39902>, Const<39903>),
        (Const<39904>, Const<39905>, Const<39906>, Const<39907>, Const<39908>, Const<39909>, Const<39910>, Const<39911>, Const<39912>, Const<39913>, Const<39914>, Const<39915>, Const<39916>, Const<39917>, Const<39918>, Const<39919>),
        (Const<39920>, Const<39921>, Const<39922>, Const<39923>, Const<39924>, Const<39925>, Const<39926>, Const<39927>, Const<39928>, Const<39929>, Const<39930>, Const<39931>, Const<39932>, Const<39933>, Const<39934>, Const<39935>),
    );
}

impl Row for typenum::consts::U156 {
    type Cols = (
        (Const<39936>, Const<39937>, Const<39938>, Const<39939>, Const<39940>, Const<39941>, Const<39942>, Const<39943>, Const<39944>, Const<39945>, Const<39946>, Const<39947>, Const<39948>, Const<39949>, Const<39950>, Const<39951>),
        (Const<39952>, Const<39953>, Const<39954>, Const<39955>, Const<39956>, Const<39957>, Const<39958>, Const<39959>, Const<39960>, Const<39961>, Const<39962>, Const<39963>, Const<39964>, Const<39965>, Const<39966>, Const<39967>),
        (Const<39968>, Const<39969>, Const<39970>, Const<39971>, Const<39972>, Const<39973>, Const<39974>, Const<39975>, Const<39976>, Const<39977>, Const<39978>, Const<39979>, Const<39980>, Const<39981>, Const<39982>, Const<39983>),
        (Const<39984>, Const<39985>, Const<39986>, Const<39987>, Const<39988>, Const<39989>, Const<39990>, Const<39991>, Const<39992>, Const<39993>, Const<39994>, Const<39995>, Const<39996>, Const<39997>, Const<39998>, Const<39999>),
        (Const<40000>, Const<40001>, Const<40002>, Const<40003>, Const<40004>, Const<40005>, Const<40006>, Const<40007>, Const<40008>, Const<40009>, Const<40010>, Const<40011>, Const<40012>, Const<40013>, Const<40014>, Const<40015>),
        (Const<40016>, Const<40017>, Const<40018>, Const<40019>, Const<40020>, Const<40021>, Const<40022>, Const<40023>, Const<40024>, Const<40025>, Const<40026>, Const<40027>, Const<40028>, Const<40029>, Const<40030>, Const<40031>),
        (Const<40032>, Const<40033>, Const<40034>, Const<40035>, Const<40036>, Const<40037>, Const<40038>, Const<40039>, Const<40040>, Const<40041>, Const<40042>, Const<40043>, Const<40044>, Const<40045>, Const<40046>, Const<40047>),
        (Const<40048>, Const<40049>, Const<40050>, Const<40051>, Const<40052>, Const<40053>, Const<40054>, Const<40055>, Const<40056>, Const<40057>, Const<40058>, Const<40059>, Const<40060>, Const<40061>, Const<40062>, Const<40063>),
        (Const<40064>, Const<40065>, Const<40066>, Const<40067>, Const<40068>, Const<40069>, Const<40070>, Const<40071>, Const<40072>, Const<40073>, Const<40074>, Const<40075>, Const<40076>, Const<40077>, Const<40078>, Const<40079>),
        (Const<40080>, Const<40081>, Const<40082>, Const<40083>, Const<40084>, Const<40085>, Const<40086>, Const<40087>, Const<40088>, Const<40089>, Const<40090>, Const<40091>, Const<40092>, Const<40093>, Const<40094>, Const<40095>),
        (Const<40096>, Const<40097>, Const<40098>, Const<40099>, Const<40100>, Const<40101>, Const<40102>, Const<40103>, Const<40104>, Const<40105>, Const<40106>, Const<40107>, Const<40108>, Const<40109>, Const<40110>, Const<40111>),
        (Const<40112>, Const<40113>, Const<40114>, Const<40115>, Const<40116>, Const<40117>, Const<40118>, Const<40119>, Const<40120>, Const<40121>, Const<40122>, Const<40123>, Const<40124>, Const<40125>, Const<40126>, Const<40127>),
        (Const<40128>, Const<40129>, Const<40130>, Const<40131>, Const<40132>, Const<40133>, Const<40134>, Const<40135>, Const<40136>, Const<40137>, Const<40138>, Const<40139>, Const<40140>, Const<40141>, Const<40142>, Const<40143>),
        (Const<40144>, Const<40145>, Const<40146>, Const<40147>, Const<40148>, Const<40149>, Const<40150>, Const<40151>, Const<40152>, Const<40153>, Const<40154>, Const<40155>, Const<40156>, Const<40157>, Const<40158>, Const<40159>),
        (Const<40160>, Const<40161>, Const<40162>, Const<40163>, Const<40164>, Const<40165>, Const<40166>, Const<40167>, Const<40168>, Const<40169>, Const<40170>, Const<40171>, Const<40172>, Const<40173>, Const<40174>, Const<40175>),
        (Const<40176>, Const<40177>, Const<40178>, Const<40179>, Const<40180>, Const<40181>, Const<40182>, Const<40183>, Const<40184>, Const<40185>, Const<40186>, Const<40187>, Const<40188>, Const<40189>, Const<40190>, Const<40191>),
    );
}

impl Row for typenum::consts::U157 {
    type Cols = (
        (Const<40192>, Const<40193>, Const<40194>, Const<40195>, Const<40196>, Const<40197>, Const<40198>, Const<40199>, Const<40200>, Const<40201>, Const<40202>, Const<40203>, Const<40204>, Const<40205>, Const<40206>, Const<40207>),
        (Const<40208>, Const<40209>, Const<40210>, Const<40211>, Const<40212>, Const<40213>, Const<40214>, Const<40215>, Const<40216>, Const<40217>, Const<40218>, Const<40219>, Const<40220>, Const<40221>, Const<40222>, Const<40223>),
        (Const<40224>, Const<40225>, Const<40226>, Const<40227>, Const<40228>, Const<40229>, Const<40230>, Const<40231>, Const<40232>, Const<40233>, Const<40234>, Const<40235>, Const<40236>, Const<40237>, Const<40238>, Const<40239>),
        (Const<40240>, Const<40241>, Const<40242>, Const<40243>, Const<40244>, Const<40245>, Const<40246>, Const<40247>, Const<40248>, Const<40249>, Const<40250>, Const<40251>, Const<40252>, Const<40253>, Const<40254>, Const<40255>),
        (Const<40256>, Const<40257>, Const<40258>, Const<40259>, Const<40260>, Const<40261>, Const<40262>, Const<40263>, Const<40264>, Const<40265>, Const<40266>, Const<40267>, Const<40268>, Const<40269>, Const<40270>, Const<40271>),
        (Const<40272>, Const<40273>, Const<40274>, Const<40275>, Const<40276>, Const<40277>, Const<40278>, Const<40279>, Const<40280>, Const<40281>, Const<40282>, Const<40283>, Const<40284>, Const<40285>, Const<40286>, Const<40287>),
        (Const<40288>, Const<40289>, Const<40290>, Const<40291>, Const<40292>, Const<40293>, Const<40294>, Const<40295>, Const<40296>, Const<40297>, Const<40298>, Const<40299>, Const<40300>, Const<40301>, Const<40302>, Const<40303>),
        (Const<40304>, Const<40305>, Const<40306>, Const<40307>, Const<40308>, Const<40309>, Const<40310>, Const<40311>, Const<40312>, Const<40313>, Const<40314>, Const<40315>, Const<40316>, Const<40317>, Const<40318>, Const<40319>),
        (Const<40320>, Const<40321>, Const<40322>, Const<40323>, Const<40324>, Const<40325>, Const<40326>, Const<40327>, Const<40328>, Const<40329>, Const<40330>, Const<40331>, Const<40332>, Const<40333>, Const<40334>, Const<40335>),
        (Const<40336>, Const<40337>, Const<40338>, Const<40339>, Const<40340>, Const<40341>, Const<40342>, Const<40343>, Const<40344>, Const<40345>, Const<40346>, Const<40347>, Const<40348>, Const<40349>, Const<40350>, Const<40351>),
        (Const<40352>, Const<40353>, Const<40354>, Const<40355>, Const<40356>, Const<40357>, Const<40358>, Const<40359>, Const<40360>, Const<40361>, Const<40362>, Const<40363>, Const<40364>, Const<40365>, Const<40366>, Const<40367>),
        (Const<40368>, Const<40369>, Const<40370>, Const<40371>, Const<40372>, Const<40373>, Const<40374>, Const<40375>, Const<40376>, Const<40377>, Const<40378>, Const<40379>, Const<40380>, Const<40381>, Const<40382>, Const<40383>),
        (Const<40384>, Const<40385>, Const<40386>, Const<40387>, Const<40388>, Const<40389>, Const<40390>, Const<40391>, Const<40392>, Const<40393>, Const<40394>, Const<40395>, Const<40396>, Const<40397>, Const<40398>, Const<40399>),
        (Const<40400>, Const<40401>, Const<40402>, Const<40403>, Const<40404>, Const<40405>, Const<40406>, Const<40407>, Const<40408>, Const<40409>, Const<40410>, Const<40411>, Const<40412>, Const<40413>, Const<40414>, Const<40415>),
        (Const<40416>, Const<40417>, Const<40418>, Const<40419>, Const<40420>, Const<40421>, Const<40422>, Const<40423>, Const<40424>, Const<40425>, Const<40426>, Const<40427>, Const<40428>, Const<40429>, Const<40430>, Const<40431>),
        (Const<40432>, Const<40433>, Const<40434>, Const<40435>, Const<40436>, Const<40437>, Const<40438>, Const<40439>, Const<40440>, Const<40441>, Const<40442>, Const<40443>, Const<40444>, Const<40445>, Const<40446>, Const<40447>),
    );
}

impl Row for typenum::consts::U158 {
    type Cols = (
        (Const<40448>, Const<40449>, Const<40450>, Const<40451>, Const<40452>, Const<40453>, Const<40454>, Const<40455>, Const<40456>, Const<40457>, Const<40458>, Const<40459>, Const<40460>, Const<40461>, Const<40462>, Const<40463>),
        (Const<40464>, Const<40465>, Const<40466>, Const<40467>, Const<40468>, Const<40469>, Const<40470>, Const<40471>, Const<40472>, Const<40473>, Const<40474>, Const<40475>, Const<40476>, Const<40477>, Const<40478>, Const<40479>),
        (Const<40480>, Const<40481>, Const<40482>, Const<40483>, Const<40484>, Const<40485>, Const<40486>, Const<40487>, Const<40488>, Const<40489>, Const<40490>, Const<40491>, Const<40492>, Const<40493>, Const<40494>, Const<40495>),
        (Const<40496>, Const<40497>, Const<40498>, Const<40499>, Const<40500>, Const<40501>, Const<40502>, Const<40503>, Const<40504>, Const<40505>, Const<40506>, Const<40507>, Const<40508>, Const<40509>, Const<40510>, Const<40511>),
        (Const<40512>, Const<40513>, Const<40514>, Const<40515>, Const<40516>, Const<40517>, Const<40518>, Const<40519>, Const<40520>, Const<40521>, Const<40522>, Const<40523>, Const<40524>, Const<40525>, Const<40526>, Const<40527>),
        (Const<40528>, Const<40529>, Const<40530>, Const<40531>, Const<40532>, Const<40533>, Const<40534>, Const<40535>, Const<40536>, Const<40537>, Const<40538>, Const<40539>, Const<40540>, Const<40541>, Const<40542>, Const<40543>),
        (Const<40544>, Const<40545>, Const<40546>, Const<40547>, Const<40548>, Const<40549>, Const<40550>, Const<40551>, Const<40552>, Const<40553>, Const<40554>, Const<40555>, Const<40556>, Const<40557>, Const<40558>, Const<40559>),
        (Const<40560>, Const<40561>, Const<40562>, Const<40563>, Const<40564>, Const<40565>, Const<40566>, Const<40567>, Const<40568>, Const<40569>, Const<40570>, Const<40571>, Const<40572>, Const<40573>, Const<40574>, Const<40575>),
        (Const<40576>, Const<40577>, Const<40578>, Const<40579>, Const<40580>, Const<40581>, Const<40582>, Const<40583>, Const<40584>, Const<40585>, Const<40586>, Const<40587>, Const<40588>, Const<40589>, Const<40590>, Const<40591>),
        (Const<40592>, Const<40593>, Const<40594>, Const<40595>, Const<40596>, Const<40597>, Const<40598>, Const<40599>, Const<40600>, Const<40601>, Const<40602>, Const<40603>, Const<40604>, Const<40605>, Const<40606>, Const<40607>),
        (Const<40608>, Const<40609>, Const<40610>, Const<40611>, Const<40612>, Const<40613>, Const<40614>, Const<40615>, Const<40616>, Const<40617>, Const<40618>, Const<40619>, Const<40620>, Const<40621>, Const<40622>, Const<40623>),
        (Const<40624>, Const<40625>, Const<40626>, Const<40627>, Const<40628>, Const<40629>, Const<40630>, Const<40631>, Const<40632>, Const<40633>, Const<40634>, Const<40635>, Const<40636>, Const<40637>, Const<40638>, Const<40639>),
        (Const<40640>, Const<40641>, Const<40642>, Const<40643>, Const<40644>, Const<40645>, Const<40646>, Const<40647>, Const<40648>, Const<40649>, Const<40650>, Const<40651>, Const<40652>, Const<40653>, Const<40654>, Const<40655>),
        (Const<40656>, Const<40657>, Const<40658>, Const<40659>, Const<40660>, Const<40661>, Const<40662>, Const<40663>, Const<40664>, Const<40665>, Const<40666>, Const<40667>, Const<40668>, Const<40669>, Const<40670>, Const<40671>),
        (Const<40672>, Const<40673>, Const<40674>, Const<40675>, Const<40676>, Const<40677>, Const<40678>, Const<40679>, Const<40680>, Const<40681>, Const<40682>, Const<40683>, Const<40684>, Const<40685>, Const<40686>, Const<40687>),
        (Const<40688>, Const<40689>, Const<40690>, Const<40691>, Const<40692>, Const<40693>, Const<40694>, Const<40695>, Const<40696>, Const<40697>, Const<40698>, Const<40699>, Const<40700>, Const<40701>, Const<40702>, Const<40703>),
    );
}

impl Row for typenum::consts::U159 {
    type Cols = (
        (Const<40704>, Const<40705>, Const<40706>, Const<40707>, Const<40708>, Const<40709>, Const<40710>, Const<40711>, Const<40712>, Const<40713>, Const<40714>, Const<40715>, Const<40716>, Const<40717>, Const<40718>, Const<40719>),
        (Const<40720>, Const<40721>, Const<40722>, Const<40723>, Const<40724>, Const<40725>, Const<40726>, Const<40727>, Const<40728>, Const<40729>, Const<40730>, Const<40731>, Const<40732>, Const<40733>, Const<40734>, Const<40735>),
        (Const<40736>, Const<40737>, Const<40738>, Const<40739>, Const<40740>, Const<40741>, Const<40742>, Const<40743>, Const<40744>, Const<40745>, Const<40746>, Const<40747>, Const<40748>, Const<40749>, Const<40750>, Const<40751>),
        (Const<40752>, Const<40753>, Const<40754>, Const<40755>, Const<40756>, Const<40757>, Const<40758>, Const<40759>, Const<40760>, Const<40761>, Const<40762>, Const<40763>, Const<40764>, Const<40765>, Const<40766>, Const<40767>),
        (Const<40768>, Const<40769>, Const<40770>, Const<40771>, Const<40772>, Const<40773>, Const<40774>, Const<40775>, Const<40776>, Const<40777>, Const<40778>, Const<40779>, Const<40780>, Const<40781>, Const<40782>, Const<40783>),
        (Const<40784>, Const<40785>, Const<40786>, Const<40787>, Const<40788>, Const<40789>, Const<40790>, Const<40791>, Const<40792>, Const<40793>, Const<40794>, Const<40795>, Const<40796>, Const<40797>, Const<40798>, Const<40799>),
        (Const<40800>, Const<40801>, Const<40802>, Const<40803>, Const<40804>, Const<40805>, Const<40806>, Const<40807>, Const<40808>, Const<40809>, Const<40810>, Const<40811>, Const<40812>, Const<40813>, Const<40814>, Const<40815>),
        (Const<40816>, Const<40817>, Const<40818>, Const<40819>, Const<40820>, Const<40821>, Const<40822>, Const<40823>, Const<40824>, Const<40825>, Const<40826>, Const<40827>, Const<40828>, Const<40829>, Const<40830>, Const<40831>),
        (Const<40832>, Const<40833>, Const<40834>, Const<40835>, Const<40836>, Const<40837>, Const<40838>, Const<40839>, Const<40840>, Const<40841>, Const<40842>, Const<40843>, Const<40844>, Const<40845>, Const<40846>, Const<40847>),
        (Const<40848>, Const<40849>, Const<40850>, Const<40851>, Const<40852>, Const<40853>, Const<40854>, Const<40855>, Const<40856>, Const<40857>, Const<40858>, Const<40859>, Const<40860>, Const<40861>, Const<40862>, Const<40863>),
        (Const<40864>, Const<40865>, Const<40866>, Const<40867>, Const<40868>, Const<40869>, Const<40870>, Const<40871>, Const<40872>, Const<40873>, Const<40874>, Const<40875>, Const<40876>, Const<40877>, Const<40878>, Const<40879>),
        (Const<40880>, Const<40881>, Const<40882>, Const<40883>, Const<40884>, Const<40885>, Const<40886>, Const<40887>, Const<40888>, Const<40889>, Const<40890>, Const<40891>, Const<40892>, Const<40893>, Const<40894>, Const<40895>),
        (Const<40896>, Const<40897>, Const<40898>, Const<40899>, Const<40900>, Const<40901>, Const<40902>, Const<40903>, Const<40904>, Const<40905>, Const<40906>, Const<40907>, Const<40908>, Const<40909>, Const<40910>, Const<40911>),
        (Const<40912>, Const<40913>, Const<40914>, Const<40915>, Const<40916>, Const<40917>, Const<40918>, Const<40919>, Const<40920>, Const<40921>, Const<40922>, Const<40923>, Const<40924>, Const<40925>, Const<40926>, Const<40927>),
        (Const<40928>, Const<40929>, Const<40930>, Const<40931>, Const<40932>, Const<40933>, Const<40934>, Const<40935>, Const<40936>, Const<40937>, Const<40938>, Const<40939>, Const<40940>, Const<40941>, Const<40942>, Const<40943>),
        (Const<40944>, Const<40945>, Const<40946>, Const<40947>, Const<40948>, Const<40949>, Const<40950>, Const<40951>, Const<40952>, Const<40953>, Const<40954>, Const<40955>, Const<40956>, Const<40957>, Const<40958>, Const<40959>),
    );
}

impl Row for typenum::consts::U160 {
    type Cols = (
        (Const<40960>, Const<40961>, Const<40962>, Const<40963>, Const<40964>, Const<40965>, Const<40966>, Const<40967>, Const<40968>, Const<40969>, Const<40970>, Const<40971>, Const<40972>, Const<40973>, Const<40974>, Const<40975>),
        (Const<40976>, Const<40977>, Const<40978>, Const<40979>, Const<40980>, Const<40981>, Const<40982>, Const<40983>, Const<40984>, Const<40985>, Const<40986>, Const<40987>, Const<40988>, Const<40989>, Const<40990>, Const<40991>),
        (Const<40992>, Const<40993>, Const<40994>, Const<40995>, Const<40996>, Const<40997>, Const<40998>, Const<40999>, Const<41000>, Const<41001>, Const<41002>, Const<41003>, Const<41004>, Const<41005>, Const<41006>, Const<41007>),
        (Const<41008>, Const<41009>, Const<41010>, Const<41011>, Const<41012>, Const<41013>, Const<41014>, Const<41015>, Const<41016>, Const<41017>, Const<41018>, Const<41019>, Const<41020>, Const<41021>, Const<41022>, Const<41023>),
        (Const<41024>, Const<41025>, Const<41026>, Const<41027>, Const<41028>, Const<41029>, Const<41030>, Const<41031>, Const<41032>, Const<41033>, Const<41034>, Const<41035>, Const<41036>, Const<41037>, Const<41038>, Const<41039>),
        (Const<41040>, Const<41041>, Const<41042>, Const<41043>, Const<41044>, Const<41045>, Const<41046>, Const<41047>, Const<41048>, Const<41049>, Const<41050>, Const<41051>, Const<41052>, Const<41053>, Const<41054>, Const<41055>),
        (Const<41056>, Const<41057>, Const<41058>, Const<41059>, Const<41060>, Const<41061>, Const<41062>, Const<41063>, Const<41064>, Const<41065>, Const<41066>, Const<41067>, Const<41068>, Const<41069>, Const<41070>, Const<41071>),
        (Const<41072>, Const<41073>, Const<41074>, Const<41075>, Const<41076>, Const<41077>, Const<41078>, Const<41079>, Const<41080>, Const<41081>, Const<41082>, Const<41083>, Const<41084>, Const<41085>, Const<41086>, Const<41087>),
        (Const<41088>, Const<41089>, Const<41090>, Const<41091>, Const<41092>, Const<41093>, Const<41094>, Const<41095>, Const<41096>, Const<41097>, Const<41098>, Const<41099>, Const<41100>, Const<41101>, Const<41102>, Const<41103>),
        (Const<41104>, Const<41105>, Const<41106>, Const<41107>, Const<41108>, Const<41109>, Const<41110>, Const<41111>, Const<41112>, Const<41113>, Const<41114>, Const<41115>, Const<41116>, Const<41117>, Const<41118>, Const<41119>),
        (Const<41120>, Const<41121>, Const<41122>, Const<41123>, Const<41124>, Const<41125>, Const<41126>, Const<41127>, Const<41128>, Const<41129>, Const<41130>, Const<41131>, Const<41132>, Const<41133>, Const<41134>, Const<41135>),
        (Const<41136>, Const<41137>, Const<41138>, Const<41139>, Const<41140>, Const<41141>, Const<41142>, Const<41143>, Const<41144>, Const<41145>, Const<41146>, Const<41147>, Const<41148>, Const<41149>, Const<41150>, Const<41151>),
        (Const<41152>, Const<41153>, Const<41154>, Const<41155>, Const<41156>, Const<41157>, Const<41158>, Const<41159>, Const<41160>, Const<41161>, Const<41162>, Const<41163>, Const<41164>, Const<41165>, Const<41166>, Const<41167>),
        (Const<41168>, Const<41169>, Const<41170>, Const<41171>, Const<41172>, Const<41173>, Const<41174>, Const<41175>, Const<41176>, Const<41177>, Const<41178>, Const<41179>, Const<41180>, Const<41181>, Const<41182>, Const<41183>),
        (Const<41184>, Const<41185>, Const<41186>, Const<41187>, Const<41188>, Const<41189>, Const<41190>, Const<41191>, Const<41192>, Const<41193>, Const<41194>, Const<41195>, Const<41196>, Const<41197>, Const<41198>, Const<41199>),
        (Const<41200>, Const<41201>, Const<41202>, Const<41203>, Const<41204>, Const<41205>, Const<41206>, Const<41207>, Const<41208>, Const<41209>, Const<41210>, Const<41211>, Const<41212>, Const<41213>, Const<41214>, Const<41215>),
    );
}

impl Row for typenum::consts::U161 {
    type Cols = (
        (Const<41216>, Const<41217>, Const<41218>, Const<41219>, Const<41220>, Const<41221>, Const<41222>, Const<41223>, Const<41224>, Const<41225>, Const<41226>, Const<41227>, Const<41228>, Const<41229>, Const<41230>, Const<41231>),
        (Const<41232>, Const<41233>, Const<41234>, Const<41235>, Const<41236>, Const<41237>, Const<41238>, Const<41239>, Const<41240>, Const<41241>, Const<41242>, Const<41243>, Const<41244>, Const<41245>, Const<41246>, Const<41247>),
        (Const<41248>, Const<41249>, Const<41250>, Const<41251>, Const<41252>, Const<41253>, Const<41254>, Const<41255>, Const<41256>, Const<41257>, Const<41258>, Const<41259>, Const<41260>, Const<41261>, Const<41262>, Const<41263>),
        (Const<41264>, Const<41265>, Const<41266>, Const<41267>, Const<41268>, Const<41269>, Const<41270>, Const<41271>, Const<41272>, Const<41273>, Const<41274>, Const<41275>, Const<41276>, Const<41277>, Const<41278>, Const<41279>),
        (Const<41280>, Const<41281>, Const<41282>, Const<41283>, Const<41284>, Const<41285>, Const<41286>, Const<41287>, Const<41288>, Const<41289>, Const<41290>, Const<41291>, Const<41292>, Const<41293>, Const<41294>, Const<41295>),
        (Const<41296>, Const<41297>, Const<41298>, Const<41299>, Const<41300>, Const<41301>, Const<41302>, Const<41303>, Const<41304>, Const<41305>, Const<41306>, Const<41307>, Const<41308>, Const<41309>, Const<41310>, Const<41311>),
        (Const<41312>, Const<41313>, Const<41314>, Const<41315>, Const<41316>, Const<41317>, Const<41318>, Const<41319>, Const<41320>, Const<41321>, Const<41322>, Const<41323>, Const<41324>, Const<41325>, Const<41326>, Const<41327>),
        (Const<41328>, Const<41329>, Const<41330>, Const<41331>, Const<41332>, Const<41333>, Const<41334>, Const<41335>, Const<41336>, Const<41337>, Const<41338>, Const<41339>, Const<41340>, Const<41341>, Const<41342>, Const<41343>),
        (Const<41344>, Const<41345>, Const<41346>, Const<41347>, Const<41348>, Const<41349>, Const<41350>, Const<41351>, Const<41352>, Const<41353>, Const<41354>, Const<41355>, Const<41356>, Const<41357>, Const<41358>, Const<41359>),
        (Const<41360>, Const<41361>, Const<41362>, Const<41363>, Const<41364>, Const<41365>, Const<41366>, Const<41367>, Const<41368>, Const<41369>, Const<41370>, Const<41371>, Const<41372>, Const<41373>, Const<41374>, Const<41375>),
        (Const<41376>, Const<41377>, Const<41378>, Const<41379>, Const<41380>, Const<41381>, Const<41382>, Const<41383>, Const<41384>, Const<41385>, Const<41386>, Const<41387>, Const<41388>, Const<41389>, Const<41390>, Const<41391>),
        (Const<41392>, Const<41393>, Const<41394>, Const<41395>, Const<41396>, Const<41397>, Const<41398>, Const<41399>, Const<41400>, Const<41401>, Const<41402>, Const<41403>, Const<41404>, Const<41405>, Const<41406>, Const<41407>),
        (Const<41408>, Const<41409>, Const<41410>, Const<41411>, Const<41412>, Const<41413>, Const<41414>, Const<41415>, Const<41416>, Const<41417>, Const<41418>, Const<41419>, Const<41420>, Const<41421>, Const<41422>, Const<41423>),
        (Const<41424>, Const<41425>, Const<41426>, Const<41427>, Const<41428>, Const<41429>, Const<41430>, Const<41431>, Const<41432>, Const<41433>, Const<41434>, Const<41435>, Const<41436>, Const<41437>, Const<41438>, Const<41439>),
        (Const<41440>, Const<41441>, Const<41442>, Const<41443>, Const<41444>, Const<41445>, Const<41446>, Const<41447>, Const<41448>, Const<41449>, Const<41450>, Const<41451>, Const<41452>, Const<41453>, Const<41454>, Const<41455>),
        (Const<41456>, Const<41457>, Const<41458>, Const<41459>, Const<41460>, Const<41461>, Const<41462>, Const<41463>, Const<41464>, Const<41465>, Const<41466>, Const<41467>, Const<41468>, Const<41469>, Const<41470>, Const<41471>),
    );
}

impl Row for typenum::consts::U162 {
    type Cols = (
        (Const<41472>, Const<41473>, Const<41474>, Const<41475>, Const<41476>, Const<41477>, Const<41478>, Const<41479>, Const<41480>, Const<41481>, Const<41482>, Const<41483>, Const<41484>, Const<41485>, Const<41486>, Const<41487>),
        (Const<41488>, Const<41489>, Const<41490>, Const<41491>, Const<41492>, Const<41493>, Const<41494>, Const<41495>, Const<41496>, Const<41497>, Const<41498>, Const<41499>, Const<41500>, Const<41501>, Const<41502>, Const<41503>),
        (Const<41504>, Const<41505>, Const<41506>, Const<41507>, Const<41508>, Const<41509>, Const<41510>, Const<41511>, Const<41512>, Const<41513>, Const<41514>, Const<41515>, Const<41516>, Const<41517>, Const<41518>, Const<41519>),
        (Const<41520>, Const<41521>, Const<41522>, Const<41523>, Const<41524>, Const<41525>, Const<41526>, Const<41527>, Const<41528>, Const<41529>, Const<41530>, Const<41531>, Const<41532>, Const<41533>, Const<41534>, Const<41535>),
        (Const<41536>, Const<41537>, Const<41538>, Const<41539>, Const<41540>, Const<41541>, Const<41542>, Const<41543>, Const<41544>, Const<41545>, Const<41546>, Const<41547>, Const<41548>, Const<41549>, Const<41550>, Const<41551>),
        (Const<41552>, Const<41553>, Const<41554>, Const<41555>, Const<41556>, Const<41557>, Const<41558>, Const<41559>, Const<41560>, Const<41561>, Const<41562>, Const<41563>, Const<41564>, Const<41565>, Const<41566>, Const<41567>),
        (Const<41568>, Const<41569>, Const<41570>, Const<41571>, Const<41572>, Const<41573>, Const<41574>, Const<41575>, Const<41576>, Const<41577>, Const<41578>, Const<41579>, Const<41580>, Const<41581>, Const<41582>, Const<41583>),
        (Const<41584>, Const<41585>, Const<41586>, Const<41587>, Const<41588>, Const<41589>, Const<41590>, Const<41591>, Const<41592>, Const<41593>, Const<41594>, Const<41595>, Const<41596>, Const<41597>, Const<41598>, Const<41599>),
        (Const<41600>, Const<41601>, Const<41602>, Const<41603>, Const<41604>, Const<41605>, Const<41606>, Const<41607>, Const<41608>, Const<41609>, Const<41610>, Const<41611>, Const<41612>, Const<41613>, Const<41614>, Const<41615>),
        (Const<41616>, Const<41617>, Const<41618>, Const<41619>, Const<41620>, Const<41621>, Const<41622>, Const<41623>, Const<41624>, Const<41625>, Const<41626>, Const<41627>, Const<41628>, Const<41629>, Const<41630>, Const<41631>),
        (Const<41632>, Const<41633>, Const<41634>, Const<41635>, Const<41636>, Const<41637>, Const<41638>, Const<41639>, Const<41640>, Const<41641>, Const<41642>, Const<41643>, Const<41644>, Const<41645>, Const<41646>, Const<41647>),
        (Const<41648>, Const<41649>, Const<41650>, Const<41651>, Const<41652>, Const<41653>, Const<41654>, Const<41655>, Const<41656>, Const<41657>, Const<41658>, Const<41659>, Const<41660>, Const<41661>, Const<41662>, Const<41663>),
        (Const<41664>, Const<41665>, Const<41666>, Const<41667>, Const<41668>, Const<41669>, Const<41670>, Const<41671>, Const<41672>, Const<41673>, Const<41674>, Const<41675>, Const<41676>, Const<41677>, Const<41678>, Const<41679>),
        (Const<41680>, Const<41681>, Const<41682>, Const<41683>, Const<41684>, Const<41685>, Const<41686>, Const<41687>, Const<41688>, Const<41689>, Const<41690>, Const<41691>, Const<41692>, Const<41693>, Const<41694>, Const<41695>),
        (Const<41696>, Const<41697>, Const<41698>, Const<41699>, Const<41700>, Const<41701>, Const<41702>, Const<41703>, Const<41704>, Const<41705>, Const<41706>, Const<41707>, Const<41708>, Const<41709>, Const<41710>, Const<41711>),
        (Const<41712>, Const<41713>, Const<41714>, Const<41715>, Const<41716>, Const<41717>, Const<41718>, Const<41719>, Const<41720>, Const<41721>, Const<41722>, Const<41723>, Const<41724>, Const<41725>, Const<41726>, Const<41727>),
    );
}

impl Row for typenum::consts::U163 {
    type Cols = (
        (Const<41728>, Const<41729>, Const<41730>, Const<41731>, Const<41732>, Const<41733>, Const<41734>, Const<41735>, Const<41736>, Const<41737>, Const<41738>, Const<41739>, Const<41740>, Const<41741>, Const<41742>, Const<41743>),
        (Const<41744>, Const<41745>, Const<41746>, Const<41747>, Const<41748>, Const<41749>, Const<41750>, Const<41751>, Const<41752>, Const<41753>, Const<41754>, Const<41755>, Const<41756>, Const<41757>, Const<41758>, Const<41759>),
        (Const<41760>, Const<41761>, Const<41762>, Const<41763>, Const<41764>, Const<41765>, Const<41766>, Const<41767>, Const<41768>, Const<41769>, Const<41770>, Const<41771>, Const<41772>, Const<41773>, Const<41774>, Const<41775>),
        (Const<41776>, Const<41777>, Const<41778>, Const<41779>, Const<41780>, Const<41781>, Const<41782>, Const<41783>, Const<41784>, Const<41785>, Const<41786>, Const<41787>, Const<41788>, Const<41789>, Const<41790>, Const<41791>),
        (Const<41792>, Const<41793>, Const<41794>, Const<41795>, Const<41796>, Const<41797>, Const<41798>, Const<41799>, Const<41800>, Const<41801>, Const<41802>, Const<41803>, Const<41804>, Const<41805>, Const<41806>, Const<41807>),
        (Const<41808>, Const<41809>, Const<41810>, Const<41811>, Const<41812>, Const<41813>, Const<41814>, Const<41815>, Const<41816>, Const<41817>, Const<41818>, Const<41819>, Const<41820>, Const<41821>, Const<41822>, Const<41823>),
        (Const<41824>, Const<41825>, Const<41826>, Const<41827>, Const<41828>, Const<41829>, Const<41830>, Const<41831>, Const<41832>, Const<41833>, Const<41834>, Const<41835>, Const<41836>, Const<41837>, Const<41838>, Const<41839>),
        (Const<41840>, Const<41841>, Const<41842>, Const<41843>, Const<41844>, Const<41845>, Const<41846>, Const<41847>, Const<41848>, Const<41849>, Const<41850>, Const<41851>, Const<41852>, Const<41853>, Const<41854>, Const<41855>),
        (Const<41856>, Const<41857>, Const<41858>, Const<41859>, Const<41860>, Const<41861>, Const<41862>, Const<41863>, Const<41864>, Const<41865>, Const<41866>, Const<41867>, Const<41868>, Const<41869>, Const<41870>, Const<41871>),
        (Const<41872>, Const<41873>, Const<41874>, Const<41875>, Const<41876>, Const<41877>, Const<41878>, Const<41879>, Const<41880>, Const<41881>, Const<41882>, Const<41883>, Const<41884>, Const<41885>, Const<41886>, Const<41887>),
        (Const<41888>, Const<41889>, Const<41890>, Const<41891>, Const<41892>, Const<41893>, Const<41894>, Const<41895>, Const<41896>, Const<41897>, Const<41898>, Const<41899>, Const<41900>, Const<41901>, Const<41902>, Const<41903>),
        (Const<41904>, Const<41905>, Const<41906>, Const<41907>, Const<41908>, Const<41909>, Const<41910>, Const<41911>, Const<41912>, Const<41913>, Const<41914>, Const<41915>, Const<41916>, Const<41917>, Const<41918>, Const<41919>),
        (Const<41920>, Const<41921>, Const<41922>, Const<41923>, Const<41924>, Const<41925>, Const<41926>, Const<41927>, Const<41928>, Const<41929>, Const<41930>, Const<41931>, Const<41932>, Const<41933>, Const<41934>, Const<41935>),
        (Const<41936>, Const<41937>, Const<41938>, Const<41939>, Const<41940>, Const<41941>, Const<41942>, Const<41943>, Const<41944>, Const<41945>, Const<41946>, Const<41947>, Const<41948>, Const<41949>, Const<41950>, Const<41951>),
        (Const<41952>, Const<41953>, Const<41954>, Const<41955>, Const<41956>, Const<41957>, Const<41958>, Const<41959>, Const<41960>, Const<41961>, Const<41962>, Const<41963>, Const<41964>, Const<41965>, Const<41966>, Const<41967>),
        (Const<41968>, Const<41969>, Const<41970>, Const<41971>, Const<41972>, Const<41973>, Const<41974>, Const<41975>, Const<41976>, Const<41977>, Const<41978>, Const<41979>, Const<41980>, Const<41981>, Const<41982>, Const<41983>),
    );
}

impl Row for typenum::consts::U164 {
    type Cols = (
        (Const<41984>, Const<41985>, Const<41986>, Const<41987>, Const<41988>, Const<41989>, Const<41990>, Const<41991>, Const<41992>, Const<41993>, Const<41994>, Const<41995>, Const<41996>, Const<41997>, Const<41998>, Const<41999>),
        (Const<42000>, Const<42001>, Const<42002>, Const<42003>, Const<42004>, Const<42005>, Const<42006>, Const<42007>, Const<42008>, Const<42009>, Const<42010>, Const<42011>, Const<42012>, Const<42013>, Const<42014>, Const<42015>),
        (Const<42016>, Const<42017>, Const<42018>, Const<42019>, Const<42020>, Const<42021>, Const<42022>, Const<42023>, Const<42024>, Const<42025>, Const<42026>, Const<42027>, Const<42028>, Const<42029>, Const<42030>, Const<42031>),
        (Const<42032>, Const<42033>, Const<42034>, Const<42035>, Const<42036>, Const<42037>, Const<42038>, Const<42039>, Const<42040>, Const<42041>, Const<42042>, Const<42043>, Const<42044>, Const<42045>, Const<42046>, Const<42047>),
        (Const<42048>, Const<42049>, Const<42050>, Const<42051>, Const<42052>, Const<42053>, Const<42054>, Const<42055>, Const<42056>, Const<42057>, Const<42058>, Const<42059>, Const<42060>, Const<42061>, Const<42062>, Const<42063>),
        (Const<42064>, Const<42065>, Const<42066>, Const<42067>, Const<42068>, Const<42069>, Const<42070>, Const<42071>, Const<42072>, Const<42073>, Const<42074>, Const<42075>, Const<42076>, Const<42077>, Const<42078>, Const<42079>),
        (Const<42080>, Const<42081>, Const<42082>, Const<42083>, Const<42084>, Const<42085>, Const<42086>, Const<42087>, Const<42088>, Const<42089>, Const<42090>, Const<42091>, Const<42092>, Const<42093>, Const<42094>, Const<42095>),
        (Const<42096>, Const<42097>, Const<42098>, Const<42099>, Const<42100>, Const<42101>, Const<42102>, Const<42103>, Const<42104>, Const<42105>, Const<42106>, Const<42107>, Const<42108>, Const<42109>, Const<42110>, Const<42111>),
        (Const<42112>, Const<42113>, Const<42114>, Const<42115>, Const<42116>, Const<42117>, Const<42118>, Const<42119>, Const<42120>, Const<42121>, Const<42122>, Const<42123>, Const<42124>, Const<42125>, Const<42126>, Const<42127>),
        (Const<42128>, Const<42129>, Const<42130>, Const<42131>, Const<42132>, Const<42133>, Const<42134>, Const<42135>, Const<42136>, Const<42137>, Const<42138>, Const<42139>, Const<42140>, Const<42141>, Const<42142>, Const<42143>),
        (Const<42144>, Const<42145>, Const<42146>, Const<42147>, Const<42148>, Const<42149>, Const<42150>, Const<42151>, Const<42152>, Const<42153>, Const<42154>, Const<42155>, Const<42156>, Const<42157>, Const<42158>, Const<42159>),
        (Const<42160>, Const<42161>, Const<42162>, Const<42163>, Const<42164>, Const<42165>, Const<42166>, Const<42167>, Const<42168>, Const<42169>, Const<42170>, Const<42171>, Const<42172>, Const<42173>, Const<42174>, Const<42175>),
        (Const<42176>, Const<42177>, Const<42178>, Const<42179>, Const<42180>, Const<42181>, Const<42182>, Const<42183>, Const<42184>, Const<42185>, Const<42186>, Const<42187>, Const<42188>, Const<42189>, Const<42190>, Const<42191>),
        (Const<42192>, Const<42193>, Const<42194>, Const<42195>, Const<42196>, Const<42197>, Const<42198>, Const<42199>, Const<42200>, Const<42201>, Const<42202>, Const<42203>, Const<42204>, Const<42205>, Const<42206>, Const<42207>),
        (Const<42208>, Const<42209>, Const<42210>, Const<42211>, Const<42212>, Const<42213>, Const<42214>, Const<42215>, Const<42216>, Const<42217>, Const<42218>, Const<42219>, Const<42220>, Const<42221>, Const<42222>, Const<42223>),
        (Const<42224>, Const<42225>, Const<42226>, Const<42227>, Const<42228>, Const<42229>, Const<42230>, Const<42231>, Const<42232>, Const<42233>, Const<42234>, Const<42235>, Const<42236>, Const<42237>, Const<42238>, Const<42239>),
    );
}

impl Row for typenum::consts::U165 {
    type Cols = (
        (Const<42240>, Const<42241>, Const<42242>, Const<42243>, Const<42244>, Const<42245>, Const<42246>, Const<42247>, Const<42248>, Const<42249>, Const<42250>, Const<42251>, Const<42252>, Const<42253>, Const<42254>, Const<42255>),
        (Const<42256>, Const<42257>, Const<42258>, Const<42259>, Const<42260>, Const<42261>, Const<42262>, Const<42263>, Const<42264>, Const<42265>, Const<42266>, Const<42267>, Const<42268>, Const<42269>, Const<42270>, Const<42271>),
        (Const<42272>, Const<42273>, Const<42274>, Const<42275>, Const<42276>, Const<42277>, Const<42278>, Const<42279>, Const<42280>, Const<42281>, Const<42282>, Const<42283>, Const<42284>, Const<42285>, Const<42286>, Const<42287>),
        (Const<42288>, Const<42289>, Const<42290>, Const<42291>, Const<42292>, Const<42293>, Const<42294>, Const<42295>, Const<42296>, Const<42297>, Const<42298>, Const<42299>, Const<42300>, Const<42301>, Const<42302>, Const<42303>),
        (Const<42304>, Const<42305>, Const<42306>, Const<42307>, Const<42308>, Const<42309>, Const<42310>, Const<42311>, Const<42312>, Const<42313>, Const<42314>, Const<42315>, Const<42316>, Const<42317>, Const<42318>, Const<42319>),
        (Const<42320>, Const<42321>, Const<42322>, Const<42323>, Const<42324>, Const<42325>, Const<42326>, Const<42327>, Const<42328>, Const<42329>, Const<42330>, Const<42331>, Const<42332>, Const<42333>, Const<42334>, Const<42335>),
        (Const<42336>, Const<42337>, Const<42338>, Const<42339>, Const<42340>, Const<42341>, Const<42342>, Const<42343>, Const<42344>, Const<42345>, Const<42346>, Const<42347>, Const<42348>, Const<42349>, Const<42350>, Const<42351>),
        (Const<42352>, Const<42353>, Const<42354>, Const<42355>, Const<42356>, Const<42357>, Const<42358>, Const<42359>, Const<42360>, Const<42361>, Const<42362>, Const<42363>, Const<42364>, Const<42365>, Const<42366>, Const<42367>),
        (Const<42368>, Const<42369>, Const<42370>, Const<42371>, Const<42372>, Const<42373>, Const<42374>, Const<42375>, Const<42376>, Const<42377>, Const<42378>, Const<42379>, Const<42380>, Const<42381>, Const<42382>, Const<42383>),
        (Const<42384>, Const<42385>, Const<42386>, Const<42387>, Const<42388>, Const<42389>, Const<42390>, Const<42391>, Const<42392>, Const<42393>, Const<42394>, Const<42395>, Const<42396>, Const<42397>, Const<42398>, Const<42399>),
        (Const<42400>, Const<42401>, Const<42402>, Const<42403>, Const<42404>, Const<42405>, Const<42406>, Const<42407>, Const<42408>, Const<42409>, Const<42410>, Const<42411>, Const<42412>, Const<42413>, Const<42414>, Const<42415>),
        (Const<42416>, Const<42417>, Const<42418>, Const<42419>, Const<42420>, Const<42421>, Const<42422>, Const<42423>, Const<42424>, Const<42425>, Const<42426>, Const<42427>, Const<42428>, Const<42429>, Const<42430>, Const<42431>),
        (Const<42432>, Const<42433>, Const<42434>, Const<42435>, Const<42436>, Const<42437>, Const<42438>, Const<42439>, Const<42440>, Const<42441>, Const<42442>, Const<42443>, Const<42444>, Const<42445>, Const<42446>, Const<42447>),
        (Const<42448>, Const<42449>, Const<42450>, Const<42451>, Const<42452>, Const<42453>, Const<42454>, Const<42455>, Const<42456>, Const<42457>, Const<42458>, Const<42459>, Const<42460>, Const<42461>, Const<42462>, Const<42463>),
        (Const<42464>, Const<42465>, Const<42466>, Const<42467>, Const<42468>, Const<42469>, Const<42470>, Const<42471>, Const<42472>, Const<42473>, Const<42474>, Const<42475>, Const<42476>, Const<42477>, Const<42478>, Const<42479>),
        (Const<42480>, Const<42481>, Const<42482>, Const<42483>, Const<42484>, Const<42485>, Const<42486>, Const<42487>, Const<42488>, Const<42489>, Const<42490>, Const<42491>, Const<42492>, Const<42493>, Const<42494>, Const<42495>),
    );
}

impl Row for typenum::consts::U166 {
    type Cols = (
        (Const<42496>, Const<42497>, Const<42498>, Const<42499>, Const<42500>, Const<42501>, Const<42502>, Const<42503>, Const<42504>, Const<42505>, Const<42506>, Const<42507>, Const<42508>, Const<42509>, Const<42510>, Const<42511>),
        (Const<42512>, Const<42513>, Const<42514>, Const<42515>, Const<42516>, Const<42517>, Const<42518>, Const<42519>, Const<42520>, Const<42521>, Const<42522>, Const<42523>, Const<42524>, Const<42525>, Const<42526>, Const<42527>),
        (Const<42528>, Const<42529>, Const<42530>, Const<42531>, Const<42532>, Const<42533>, Const<42534>, Const<42535>, Const<42536>, Const<42537>, Const<42538>, Const<42539>, Const<42540>, Const<42541>, Const<42542>, Const<42543>),
        (Const<42544>, Const<42545>, Const<42546>, Const<42547>, Const<42548>, Const<42549>, Const<42550>, Const<42551>, Const<42552>, Const<42553>, Const<42554>, Const<42555>, Const<42556>, Const<42557>, Const<42558>, Const<42559>),
        (Const<42560>, Const<42561>, Const<42562>, Const<42563>, Const<42564>, Const<42565>, Const<42566>, Const<42567>, Const<42568>, Const<42569>, Const<42570>, Const<42571>, Const<42572>, Const<42573>, Const<42574>, Const<42575>),
        (Const<42576>, Const<42577>, Const<42578>, Const<42579>, Const<42580>, Const<42581>, Const<42582>, Const<42583>, Const<42584>, Const<42585>, Const<42586>, Const<42587>, Const<42588>, Const<42589>, Const<42590>, Const<42591>),
        (Const<42592>, Const<42593>, Const<42594>, Const<42595>, Const<42596>, Const<42597>, Const<42598>, Const<42599>, Const<42600>, Const<42601>, Const<42602>, Const<42603>, Const<42604>, Const<42605>, Const<42606>, Const<42607>),
        (Const<42608>, Const<42609>, Const<42610>, Const<42611>, Const<42612>, Const<42613>, Const<42614>, Const<42615>, Const<42616>, Const<42617>, Const<42618>, Const<42619>, Const<42620>, Const<42621>, Const<42622>, Const<42623>),
        (Const<42624>, Const<42625>, Const<42626>, Const<42627>, Const<42628>, Const<42629>, Const<42630>, Const<42631>, Const<42632>, Const<42633>, Const<42634>, Const<42635>, Const<42636>, Const<42637>, Const<42638>, Const<42639>),
        (Const<42640>, Const<42641>, Const<42642>, Const<42643>, Const<42644>, Const<42645>, Const<42646>, Const<42647>, Const<42648>, Const<42649>, Const<42650>, Const<42651>, Const<42652>, Const<42653>, Const<42654>, Const<42655>),
        (Const<42656>, Const<42657>, Const<42658>, Const<42659>, Const<42660>, Const<42661>, Const<42662>, Const<42663>, Const<42664>, Const<42665>, Const<42666>, Const<42667>, Const<42668>, Const<42669>, Const<42670>, Const<42671>),
        (Const<42672>, Const<42673>, Const<42674>, Const<42675>, Const<42676>, Const<42677>, Const<42678>, Const<42679>, Const<42680>, Const<42681>, Const<42682>, Const<42683>, Const<42684>, Const<42685>, Const<42686>, Const<42687>),
        (Const<42688>, Const<42689>, Const<42690>, Const<42691>, Const<42692>, Const<42693>, Const<42694>, Const<42695>, Const<42696>, Const<42697>, Const<42698>, Const<42699>, Const<42700>, Const<42701>, Const<42702>, Const<42703>),
        (Const<42704>, Const<42705>, Const<42706>, Const<42707>, Const<42708>, Const<42709>, Const<42710>, Const<42711>, Const<42712>, Const<42713>, Const<42714>, Const<42715>, Const<42716>, Const<42717>, Const<42718>, Const<42719>),
        (Const<42720>, Const<42721>, Const<42722>, Const<42723>, Const<42724>, Const<42725>, Const<42726>, Const<42727>, Const<42728>, Const<42729>, Const<42730>, Const<42731>, Const<42732>, Const<42733>, Const<42734>, Const<42735>),
        (Const<42736>, Const<42737>, Const<42738>, Const<42739>, Const<42740>, Const<42741>, Const<42742>, Const<42743>, Const<42744>, Const<42745>, Const<42746>, Const<42747>, Const<42748>, Const<42749>, Const<42750>, Const<42751>),
    );
}

impl Row for typenum::consts::U167 {
    type Cols = (
        (Const<42752>, Const<42753>, Const<42754>, Const<42755>, Const<42756>, Const<42757>, Const<42758>, Const<42759>, Const<42760>, Const<42761>, Const<42762>, Const<42763>, Const<42764>, Const<42765>, Const<42766>, Const<42767>),
        (Const<42768>, Const<42769>, Const<42770>, Const<42771>, Const<42772>, Const<42773>, Const<42774>, Const<42775>, Const<42776>, Const<42777>, Const<42778>, Const<42779>, Const<42780>, Const<42781>, Const<42782>, Const<42783>),
        (Const<42784>, Const<42785>, Const<42786>, Const<42787>, Const<42788>, Const<42789>, Const<42790>, Const<42791>, Const<42792>, Const<42793>, Const<42794>, Const<42795>, Const<42796>, Const<42797>, Const<42798>, Const<42799>),
        (Const<42800>, Const<42801>, Const<42802>, Const<42803>, Const<42804>, Const<42805>, Const<42806>, Const<42807>, Const<42808>, Const<42809>, Const<42810>, Const<42811>, Const<42812>, Const<42813>, Const<42814>, Const<42815>),
        (Const<42816>, Const<42817>, Const<42818>, Const<42819>, Const<42820>, Const<42821>, Const<42822>, Const<42823>, Const<42824>, Const<42825>, Const<42826>, Const<42827>, Const<42828>, Const<42829>, Const<42830>, Const<42831>),
        (Const<42832>, Const<42833>, Const<42834>, Const<42835>, Const<42836>, Const<42837>, Const<42838>, Const<42839>, Const<42840>, Const<42841>, Const<42842>, Const<42843>, Const<42844>, Const<42845>, Const<42846>, Const<42847>),
        (Const<42848>, Const<42849>, Const<42850>, Const<42851>, Const<42852>, Const<42853>, Const<42854>, Const<42855>, Const<42856>, Const<42857>, Const<42858>, Const<42859>, Const<42860>, Const<42861>, Const<42862>, Const<42863>),
        (Const<42864>, Const<42865>, Const<42866>, Const<42867>, Const<42868>, Const<42869>, Const<42870>, Const<42871>, Const<42872>, Const<42873>, Const<42874>, Const<42875>, Const<42876>, Const<42877>, Const<42878>, Const<42879>),
        (Const<42880>, Const<42881>, Const<42882>, Const<42883>, Const<42884>, Const<42885>, Const<42886>, Const<42887>, Const<42888>, Const<42889>, Const<42890>, Const<42891>, Const<42892>, Const<42893>, Const<42894>, Const<42895>),
        (Const<42896>, Const<42897>, Const<42898>, Const<42899>, Const<42900>, Const<42901>, Const<42902>, Const<42903>, Const<42904>, Const<42905>, Const<42906>, Const<42907>, Const<42908>, Const<42909>, Const<42910>, Const<42911>),
        (Const<42912>, Const<42913>, Const<42914>, Const<42915>, Const<42916>, Const<42917>, Const<42918>, Const<42919>, Const<42920>, Const<42921>, Const<42922>, Const<42923>, Const<42924>, Const<42925>, Const<42926>, Const<42927>),
        (Const<42928>, Const<42929>, Const<42930>, Const<42931>, Const<42932>, Const<42933>, Const<42934>, Const<42935>, Const<42936>, Const<42937>, Const<42938>, Const<42939>, Const<42940>, Const<42941>, Const<42942>, Const<42943>),
        (Const<42944>, Const<42945>, Const<42946>, Const<42947>, Const<42948>, Const<42949>, Const<42950>, Const<42951>, Const<42952>, Const<42953>, Const<42954>, Const<42955>, Const<42956>, Const<42957>, Const<42958>, Const<42959>),
        (Const<42960>, Const<42961>, Const<42962>, Const<42963>, Const<42964>, Const<42965>, Const<42966>, Const<42967>, Const<42968>, Const<42969>, Const<42970>, Const<42971>, Const<42972>, Const<42973>, Const<42974>, Const<42975>),
        (Const<42976>, Const<42977>, Const<42978>, Const<42979>, Const<42980>, Const<42981>, Const<42982>, Const<42983>, Const<42984>, Const<42985>, Const<42986>, Const<42987>, Const<42988>, Const<42989>, Const<42990>, Const<42991>),
        (Const<42992>, Const<42993>, Const<42994>, Const<42995>, Const<42996>, Const<42997>, Const<42998>, Const<42999>, Const<43000>, Const<43001>, Const<43002>, Const<43003>, Const<43004>, Const<43005>, Const<43006>, Const<43007>),
    );
}

impl Row for typenum::consts::U168 {
    type Cols = (
        (Const<43008>, Const<43009>, Const<43010>, Const<43011>, Const<43012>, Const<43013>, Const<43014>, Const<43015>, Const<43016>, Const<43017>, Const<43018>, Const<43019>, Const<43020>, Const<43021>, Const<43022>, Const<43023>),
        (Const<43024>, Const<43025>, Const<43026>, Const<43027>, Const<43028>, Const<43029>, Const<43030>, Const<43031>, Const<43032>, Const<43033>, Const<43034>, Const<43035>, Const<43036>, Const<43037>, Const<43038>, Const<43039>),
        (Const<43040>, Const<43041>, Const<43042>, Const<43043>, Const<43044>, Const<43045>, Const<43046>, Const<43047>, Const<43048>, Const<43049>, Const<43050>, Const<43051>, Const<43052>, Const<43053>, Const<43054>, Const<43055>),
        (Const<43056>, Const<43057>, Const<43058>, Const<43059>, Const<43060>, Const<43061>, Const<43062>, Const<43063>, Const<43064>, Const<43065>, Const<43066>, Const<43067>, Const<43068>, Const<43069>, Const<43070>, Const<43071>),
        (Const<43072>, Const<43073>, Const<43074>, Const<43075>, Const<43076>, Const<43077>, Const<43078>, Const<43079>, Const<43080>, Const<43081>, Const<43082>, Const<43083>, Const<43084>, Const<43085>, Const<43086>, Const<43087>),
        (Const<43088>, Const<43089>, Const<43090>, Const<43091>, Const<43092>, Const<43093>, Const<43094>, Const<43095>, Const<43096>, Const<43097>, Const<43098>, Const<43099>, Const<43100>, Const<43101>, Const<43102>, Const<43103>),
        (Const<43104>, Const<43105>, Const<43106>, Const<43107>, Const<43108>, Const<43109>, Const<43110>, Const<43111>, Const<43112>, Const<43113>, Const<43114>, Const<43115>, Const<43116>, Const<43117>, Const<43118>, Const<43119>),
        (Const<43120>, Const<43121>, Const<43122>, Const<43123>, Const<43124>, Const<43125>, Const<43126>, Const<43127>, Const<43128>, Const<43129>, Const<43130>, Const<43131>, Const<43132>, Const<43133>, Const<43134>, Const<43135>),
        (Const<43136>, Const<43137>, Const<43138>, Const<43139>, Const<43140>, Const<43141>, Const<43142>, Const<43143>, Const<43144>, Const<43145>, Const<43146>, Const<43147>, Const<43148>, Const<43149>, Const<43150>, Const<43151>),
        (Const<43152>, Const<43153>, Const<43154>, Const<43155>, Const<43156>, Const<43157>, Const<43158>, Const<43159>, Const<43160>, Const<43161>, Const<43162>, Const<43163>, Const<43164>, Const<43165>, Const<43166>, Const<43167>),
        (Const<43168>, Const<43169>, Const<43170>, Const<43171>, Const<43172>, Const<43173>, Const<43174>, Const<43175>, Const<43176>, Const<43177>, Const<43178>, Const<43179>, Const<43180>, Const<43181>, Const<43182>, Const<43183>),
        (Const<43184>, Const<43185>, Const<43186>, Const<43187>, Const<43188>, Const<43189>, Const<43190>, Const<43191>, Const<43192>, Const<43193>, Const<43194>, Const<43195>, Const<43196>, Const<43197>, Const<43198>, Const<43199>),
        (Const<43200>, Const<43201>, Const<43202>, Const<43203>, Const<43204>, Const<43205>, Const<43206>, Const<43207>, Const<43208>, Const<43209>, Const<43210>, Const<43211>, Const<43212>, Const<43213>, Const<43214>, Const<43215>),
        (Const<43216>, Const<43217>, Const<43218>, Const<43219>, Const<43220>, Const<43221>, Const<43222>, Const<43223>, Const<43224>, Const<43225>, Const<43226>, Const<43227>, Const<43228>, Const<43229>, Const<43230>, Const<43231>),
        (Const<43232>, Const<43233>, Const<43234>, Const<43235>, Const<43236>, Const<43237>, Const<43238>, Const<43239>, Const<43240>, Const<43241>, Const<43242>, Const<43243>, Const<43244>, Const<43245>, Const<43246>, Const<43247>),
        (Const<43248>, Const<43249>, Const<43250>, Const<43251>, Const<43252>, Const<43253>, Const<43254>, Const<43255>, Const<43256>, Const<43257>, Const<43258>, Const<43259>, Const<43260>, Const<43261>, Const<43262>, Const<43263>),
    );
}

impl Row for typenum::consts::U169 {
    type Cols = (
        (Const<43264>, Const<43265>, Const<43266>, Const<43267>, Const<43268>, Const<43269>, Const<43270>, Const<43271>, Const<43272>, Const<43273>, Const<43274>, Const<43275>, Const<43276>, Const<43277>, Const<43278>, Const<43279>),
        (Const<43280>, Const<43281>, Const<43282>, Const<43283>, Const<43284>, Const<43285>, Const<43286>, Const<43287>, Const<43288>, Const<43289>, Const<43290>, Const<43291>, Const<43292>, Const<43293>, Const<43294>, Const<43295>),
        (Const<43296>, Const<43297>, Const<43298>, Const<43299>, Const<43300>, Const<43301>, Const<43302>, Const<43303>, Const<43304>, Const<43305>, Const<43306>, Const<43307>, Const<43308>, Const<43309>, Const<43310>, Const<43311>),
        (Const<43312>, Const<43313>, Const<43314>, Const<43315>, Const<43316>, Const<43317>, Const<43318>, Const<43319>, Const<43320>, Const<43321>, Const<43322>, Const<43323>, Const<43324>, Const<43325>, Const<43326>, Const<43327>),
        (Const<43328>, Const<43329>, Const<43330>, Const<43331>, Const<43332>, Const<43333>, Const<43334>, Const<43335>, Const<43336>, Const<43337>, Const<43338>, Const<43339>, Const<43340>, Const<43341>, Const<43342>, Const<43343>),
        (Const<43344>, Const<43345>, Const<43346>, Const<43347>, Const<43348>, Const<43349>, Const<43350>, Const<43351>, Const<43352>, Const<43353>, Const<43354>, Const<43355>, Const<43356>, Const<43357>, Const<43358>, Const<43359>),
        (Const<43360>, Const<43361>, Const<43362>, Const<43363>, Const<43364>, Const<43365>, Const<43366>, Const<43367>, Const<43368>, Const<43369>, Const<43370>, Const<43371>, Const<43372>, Const<43373>, Const<43374>, Const<43375>),
        (Const<43376>, Const<43377>, Const<43378>, Const<43379>, Const<43380>, Const<43381>, Const<43382>, Const<43383>, Const<43384>, Const<43385>, Const<43386>, Const<43387>, Const<43388>, Const<43389>, Const<43390>, Const<43391>),
        (Const<43392>, Const<43393>, Const<43394>, Const<43395>, Const<43396>, Const<43397>, Const<43398>, Const<43399>, Const<43400>, Const<43401>, Const<43402>, Const<43403>, Const<43404>, Const<43405>, Const<43406>, Const<43407>),
        (Const<43408>, Const<43409>, Const<43410>, Const<43411>, Const<43412>, Const<43413>, Const<43414>, Const<43415>, Const<43416>, Const<43417>, Const<43418>, Const<43419>, Const<43420>, Const<43421>, Const<43422>, Const<43423>),
        (Const<43424>, Const<43425>, Const<43426>, Const<43427>, Const<43428>, Const<43429>, Const<43430>, Const<43431>, Const<43432>, Const<43433>, Const<43434>, Const<43435>, Const<43436>, Const<43437>, Const<43438>, Const<43439>),
        (Const<43440>, Const<43441>, Const<43442>, Const<43443>, Const<43444>, Const<43445>, Const<43446>, Const<43447>, Const<43448>, Const<43449>, Const<43450>, Const<43451>, Const<43452>, Const<43453>, Const<43454>, Const<43455>),
        (Const<43456>, Const<43457>, Const<43458>, Const<43459>, Const<43460>, Const<43461>, Const<43462>, Const<43463>, Const<43464>, Const<43465>, Const<43466>, Const<43467>, Const<43468>, Const<43469>, Const<43470>, Const<43471>),
        (Const<43472>, Const<43473>, Const<43474>, Const<43475>, Const<43476>, Const<43477>, Const<43478>, Const<43479>, Const<43480>, Const<43481>, Const<43482>, Const<43483>, Const<43484>, Const<43485>, Const<43486>, Const<43487>),
        (Const<43488>, Const<43489>, Const<43490>, Const<43491>, Const<43492>, Const<43493>, Const<43494>, Const<43495>, Const<43496>, Const<43497>, Const<43498>, Const<43499>, Const<43500>, Const<43501>, Const<43502>, Const<43503>),
        (Const<43504>, Const<43505>, Const<43506>, Const<43507>, Const<43508>, Const<43509>, Const<43510>, Const<43511>, Const<43512>, Const<43513>, Const<43514>, Const<43515>, Const<43516>, Const<43517>, Const<43518>, Const<43519>),
    );
}

impl Row for typenum::consts::U170 {
    type Cols = (
        (Const<43520>, Const<43521>, Const<43522>, Const<43523>, Const<43524>, Const<43525>, Const<43526>, Const<43527>, Const<43528>, Const<43529>, Const<43530>, Const<43531>, Const<43532>, Const<43533>, Const<43534>, Const<43535>),
        (Const<43536>, Const<43537>, Const<43538>, Const<43539>, Const<43540>, Const<43541>, Const<43542>, Const<43543>, Const<43544>, Const<43545>, Const<43546>, Const<43547>, Const<43548>, Const<43549>, Const<43550>, Const<43551>),
        (Const<43552>, Const<43553>, Const<43554>, Const<43555>, Const<43556>, Const<43557>, Const<43558>, Const<43559>, Const<43560>, Const<43561>, Const<43562>, Const<43563>, Const<43564>, Const<43565>, Const<43566>, Const<43567>),
        (Const<43568>, Const<43569>, Const<43570>, Const<43571>, Const<43572>, Const<43573>, Const<43574>, Const<43575>, Const<43576>, Const<43577>, Const<43578>, Const<43579>, Const<43580>, Const<43581>, Const<43582>, Const<43583>),
        (Const<43584>, Const<43585>, Const<43586>, Const<43587>, Const<43588>, Const<43589>, Const<43590>, Const<43591>, Const<43592>, Const<43593>, Const<43594>, Const<43595>, Const<43596>, Const<43597>, Const<43598>, Const<43599>),
        (Const<43600>, Const<43601>, Const<43602>, Const<43603>, Const<43604>, Const<43605>, Const<43606>, Const<43607>, Const<43608>, Const<43609>, Const<43610>, Const<43611>, Const<43612>, Const<43613>, Const<43614>, Const<43615>),
        (Const<43616>, Const<43617>, Const<43618>, Const<43619>, Const<43620>, Const<43621>, Const<43622>, Const<43623>, Const<43624>, Const<43625>, Const<43626>, Const<43627>, Const<43628>, Const<43629>, Const<43630>, Const<43631>),
        (Const<43632>, Const<43633>, Const<43634>, Const<43635>, Const<43636>, Const<43637>, Const<43638>, Const<43639>, Const<43640>, Const<43641>, Const<43642>, Const<43643>, Const<43644>, Const<43645>, Const<43646>, Const<43647>),
        (Const<43648>, Const<43649>, Const<43650>, Const<43651>, Const<43652>, Const<43653>, Const<43654>, Const<43655>, Const<43656>, Const<43657>, Const<43658>, Const<43659>, Const<43660>, Const<43661>, Const<43662>, Const<43663>),
        (Const<43664>, Const<43665>, Const<43666>, Const<43667>, Const<43668>, Const<43669>, Const<43670>, Const<43671>, Const<43672>, Const<43673>, Const<43674>, Const<43675>, Const<43676>, Const<43677>, Const<43678>, Const<43679>),
        (Const<43680>, Const<43681>, Const<43682>, Const<43683>, Const<43684>, Const<43685>, Const<43686>, Const<43687>, Const<43688>, Const<43689>, Const<43690>, Const<43691>, Const<43692>, Const<43693>, Const<43694>, Const<43695>),
        (Const<43696>, Const<43697>, Const<43698>, Const<43699>, Const<43700>, Const<43701>, Const<43702>, Const<43703>, Const<43704>, Const<43705>, Const<43706>, Const<43707>, Const<43708>, Const<43709>, Const<43710>, Const<43711>),
        (Const<43712>, Const<43713>, Const<43714>, Const<43715>, Const<43716>, Const<43717>, Const<43718>, Const<43719>, Const<43720>, Const<43721>, Const<43722>, Const<43723>, Const<43724>, Const<43725>, Const<43726>, Const<43727>),
        (Const<43728>, Const<43729>, Const<43730>, Const<43731>, Const<43732>, Const<43733>, Const<43734>, Const<43735>, Const<43736>, Const<43737>, Const<43738>, Const<43739>, Const<43740>, Const<43741>, Const<43742>, Const<43743>),
        (Const<43744>, Const<43745>, Const<43746>, Const<43747>, Const<43748>, Const<43749>, Const<43750>, Const<43751>, Const<43752>, Const<43753>, Const<43754>, Const<43755>, Const<43756>, Const<43757>, Const<43758>, Const<43759>),
        (Const<43760>, Const<43761>, Const<43762>, Const<43763>, Const<43764>, Const<43765>, Const<43766>, Const<43767>, Const<43768>, Const<43769>, Const<43770>, Const<43771>, Const<43772>, Const<43773>, Const<43774>, Const<43775>),
    );
}

impl Row for typenum::consts::U171 {
    type Cols = (
        (Const<43776>, Const<43777>, Const<43778>, Const<43779>, Const<43780>, Const<43781>, Const<43782>, Const<43783>, Const<43784>, Const<43785>, Const<43786>, Const<43787>, Const<43788>, Const<43789>, Const<43790>, Const<43791>),
        (Const<43792>, Const<43793>, Const<43794>, Const<43795>, Const<43796>, Const<43797>, Const<43798>, Const<43799>, Const<43800>, Const<43801>, Const<43802>, Const<43803>, Const<43804>, Const<43805>, Const<43806>, Const<43807>),
        (Const<43808>, Const<43809>, Const<43810>, Const<43811>, Const<43812>, Const<43813>, Const<43814>, Const<43815>, Const<43816>, Const<43817>, Const<43818>, Const<43819>, Const<43820>, Const<43821>, Const<43822>, Const<43823>),
        (Const<43824>, Const<43825>, Const<43826>, Const<43827>, Const<43828>, Const<43829>, Const<43830>, Const<43831>, Const<43832>, Const<43833>, Const<43834>, Const<43835>, Const<43836>, Const<43837>, Const<43838>, Const<43839>),
        (Const<43840>, Const<43841>, Const<43842>, Const<43843>, Const<43844>, Const<43845>, Const<43846>, Const<43847>, Const<43848>, Const<43849>, Const<43850>, Const<43851>, Const<43852>, Const<43853>, Const<43854>, Const<43855>),
        (Const<43856>, Const<43857>, Const<43858>, Const<43859>, Const<43860>, Const<43861>, Const<43862>, Const<43863>, Const<43864>, Const<43865>, Const<43866>, Const<43867>, Const<43868>, Const<43869>, Const<43870>, Const<43871>),
        (Const<43872>, Const<43873>, Const<43874>, Const<43875>, Const<43876>, Const<43877>, Const<43878>, Const<43879>, Const<43880>, Const<43881>, Const<43882>, Const<43883>, Const<43884>, Const<43885>, Const<43886>, Const<43887>),
        (Const<43888>, Const<43889>, Const<43890>, Const<43891>, Const<43892>, Const<43893>, Const<43894>, Const<43895>, Const<43896>, Const<43897>, Const<43898>, Const<43899>, Const<43900>, Const<43901>, Const<43902>, Const<43903>),
        (Const<43904>, Const<43905>, Const<43906>, Const<43907>, Const<43908>, Const<43909>, Const<43910>, Const<43911>, Const<43912>, Const<43913>, Const<43914>, Const<43915>, Const<43916>, Const<43917>, Const<43918>, Const<43919>),
        (Const<43920>, Const<43921>, Const<43922>, Const<43923>, Const<43924>, Const<43925>, Const<43926>, Const<43927>, Const<43928>, Const<43929>, Const<43930>, Const<43931>, Const<43932>, Const<43933>, Const<43934>, Const<43935>),
        (Const<43936>, Const<43937>, Const<43938>, Const<43939>, Const<43940>, Const<43941>, Const<43942>, Const<43943>, Const<43944>, Const<43945>, Const<43946>, Const<43947>, Const<43948>, Const<43949>, Const<43950>, Const<43951>),
        (Const<43952>, Const<43953>, Const<43954>, Const<43955>, Const<43956>, Const<43957>, Const<43958>, Const<43959>, Const<43960>, Const<43961>, Const<43962>, Const<43963>, Const<43964>, Const<43965>, Const<43966>, Const<43967>),
        (Const<43968>, Const<43969>, Const<43970>, Const<43971>, Const<43972>, Const<43973>, Const<43974>, Const<43975>, Const<43976>, Const<43977>, Const<43978>, Const<43979>, Const<43980>, Const<43981>, Const<43982>, Const<43983>),
        (Const<43984>, Const<43985>, Const<43986>, Const<43987>, Const<43988>, Const<43989>, Const<43990>, Const<43991>, Const<43992>, Const<43993>, Const<43994>, Const<43995>, Const<43996>, Const<43997>, Const<43998>, Const<43999>),
        (Const<44000>, Const<44001>, Const<44002>, Const<44003>, Const<44004>, Const<44005>, Const<44006>, Const<44007>, Const<44008>, Const<44009>, Const<44010>, Const<44011>, Const<44012>, Const<44013>, Const<44014>, Const<44015>),
        (Const<44016>, Const<44017>, Const<44018>, Const<44019>, Const<44020>, Const<44021>, Const<44022>, Const<44023>, Const<44024>, Const<44025>, Const<44026>, Const<44027>, Const<44028>, Const<44029>, Const<44030>, Const<44031>),
    );
}

impl Row for typenum::consts::U172 {
    type Cols = (
        (Const<44032>, Const<44033>, Const<44034>, Const<44035>, Const<44036>, Const<44037>, Const<44038>, Const<44039>, Const<44040>, Const<44041>, Const<44042>, Const<44043>, Const<44044>, Const<44045>, Const<44046>, Const<44047>),
        (Const<44048>, Const<44049>, Const<44050>, Const<44051>, Const<44052>, Const<44053>, Const<44054>, Const<44055>, Const<44056>, Const<44057>, Const<44058>, Const<44059>, Const<44060>, Const<44061>, Const<44062>, Const<44063>),
        (Const<44064>, Const<44065>, Const<44066>, Const<44067>, Const<44068>, Const<44069>, Const<44070>, Const<44071>, Const<44072>, Const<44073>, Const<44074>, Const<44075>, Const<44076>, Const<44077>, Const<44078>, Const<44079>),
        (Const<44080>, Const<44081>, Const<44082>, Const<44083>, Const<44084>, Const<44085>, Const<44086>, Const<44087>, Const<44088>, Const<44089>, Const<44090>, Const<44091>, Const<44092>, Const<44093>, Const<44094>, Const<44095>),
        (Const<44096>, Const<44097>, Const<44098>, Const<44099>, Const<44100>, Const<44101>, Const<44102>, Const<44103>, Const<44104>, Const<44105>, Const<44106>, Const<44107>, Const<44108>, Const<44109>, Const<44110>, Const<44111>),
        (Const<44112>, Const<44113>, Const<44114>, Const<44115>, Const<44116>, Const<44117>, Const<44118>, Const<44119>, Const<44120>, Const<44121>, Const<44122>, Const<44123>, Const<44124>, Const<44125>, Const<44126>, Const<44127>),
        (Const<44128>, Const<44129>, Const<44130>, Const<44131>, Const<44132>, Const<44133>, Const<44134>, Const<44135>, Const<44136>, Const<44137>, Const<44138>, Const<44139>, Const<44140>, Const<44141>, Const<44142>, Const<44143>),
        (Const<44144>, Const<44145>, Const<44146>, Const<44147>, Const<44148>, Const<44149>, Const<44150>, Const<44151>, Const<44152>, Const<44153>, Const<44154>, Const<44155>, Const<44156>, Const<44157>, Const<44158>, Const<44159>),
        (Const<44160>, Const<44161>, Const<44162>, Const<44163>, Const<44164>, Const<44165>, Const<44166>, Const<44167>, Const<44168>, Const<44169>, Const<44170>, Const<44171>, Const<44172>, Const<44173>, Const<44174>, Const<44175>),
        (Const<44176>, Const<44177>, Const<44178>, Const<44179>, Const<44180>, Const<44181>, Const<44182>, Const<44183>, Const<44184>, Const<44185>, Const<44186>, Const<44187>, Const<44188>, Const<44189>, Const<44190>, Const<44191>),
        (Const<44192>, Const<44193>, Const<44194>, Const<44195>, Const<44196>, Const<44197>, Const<44198>, Const<44199>, Const<44200>, Const<44201>, Const<44202>, Const<44203>, Const<44204>, Const<44205>, Const<44206>, Const<44207>),
        (Const<44208>, Const<44209>, Const<44210>, Const<44211>, Const<44212>, Const<44213>, Const<44214>, Const<44215>, Const<44216>, Const<44217>, Const<44218>, Const<44219>, Const<44220>, Const<44221>, Const<44222>, Const<44223>),
        (Const<44224>, Const<44225>, Const<44226>, Const<44227>, Const<44228>, Const<44229>, Const<44230>, Const<44231>, Const<44232>, Const<44233>, Const<44234>, Const<44235>, Const<44236>, Const<44237>, Const<44238>, Const<44239>),
        (Const<44240>, Const<44241>, Const<44242>, Const<44243>, Const<44244>, Const<44245>, Const<44246>, Const<44247>, Const<44248>, Const<44249>, Const<44250>, Const<44251>, Const<44252>, Const<44253>, Const<44254>, Const<44255>),
        (Const<44256>, Const<44257>, Const<44258>, Const<44259>, Const<44260>, Const<44261>, Const<44262>, Const<44263>, Const<44264>, Const<44265>, Const<44266>, Const<44267>, Const<44268>, Const<44269>, Const<44270>, Const<44271>),
        (Const<44272>, Const<44273>, Const<44274>, Const<44275>, Const<44276>, Const<44277>, Const<44278>, Const<44279>, Const<44280>, Const<44281>, Const<44282>, Const<44283>, Const<44284>, Const<44285>, Const<44286>, Const<44287>),
    );
}

impl Row for typenum::consts::U173 {
    type Cols = (
        (Const<44288>, Const<44289>, Const<44290>, Const<44291>, Const<44292>, Const<44293>, Const<44294>, Const<44295>, Const<44296>, Const<44297>, Const<44298>, Const<44299>, Const<44300>, Const<44301>, Const<44302>, Const<44303>),
        (Const<44304>, Const<44305>, Const<44306>, Const<44307>, Const<44308>, Const<44309>, Const<44310>, Const<44311>, Const<44312>, Const<44313>, Const<44314>, Const<44315>, Const<44316>, Const<44317>, Const<44318>, Const<44319>),
        (Const<44320>, Const<44321>, Const<44322>, Const<44323>, Const<44324>, Const<44325>, Const<44326>, Const<44327>, Const<44328>, Const<44329>, Const<44330>, Const<44331>, Const<44332>, Const<44333>, Const<44334>, Const<44335>),
        (Const<44336>, Const<44337>, Const<44338>, Const<44339>, Const<44340>, Const<44341>, Const<44342>, Const<44343>, Const<44344>, Const<44345>, Const<44346>, Const<44347>, Const<44348>, Const<44349>, Const<44350>, Const<44351>),
        (Const<44352>, Const<44353>, Const<44354>, Const<44355>, Const<44356>, Const<44357>, Const<44358>, Const<44359>, Const<44360>, Const<44361>, Const<44362>, Const<44363>, Const<44364>, Const<44365>, Const<44366>, Const<44367>),
        (Const<44368>, Const<44369>, Const<44370>, Const<44371>, Const<44372>, Const<44373>, Const<44374>, Const<44375>, Const<44376>, Const<44377>, Const<44378>, Const<44379>, Const<44380>, Const<44381>, Const<44382>, Const<44383>),
        (Const<44384>, Const<44385>, Const<44386>, Const<44387>, Const<44388>, Const<44389>, Const<44390>, Const<44391>, Const<44392>, Const<44393>, Const<44394>, Const<44395>, Const<44396>, Const<44397>, Const<44398>, Const<44399>),
        (Const<44400>, Const<44401>, Const<44402>, Const<44403>, Const<44404>, Const<44405>, Const<44406>, Const<44407>, Const<44408>, Const<44409>, Const<44410>, Const<44411>, Const<44412>, Const<44413>, Const<44414>, Const<44415>),
        (Const<44416>, Const<44417>, Const<44418>, Const<44419>, Const<44420>, Const<44421>, Const<44422>, Const<44423>, Const<44424>, Const<44425>, Const<44426>, Const<44427>, Const<44428>, Const<44429>, Const<44430>, Const<44431>),
        (Const<44432>, Const<44433>, Const<44434>, Const<44435>, Const<44436>, Const<44437>, Const<44438>, Const<44439>, Const<44440>, Const<44441>, Const<44442>, Const<44443>, Const<44444>, Const<44445>, Const<44446>, Const<44447>),
        (Const<44448>, Const<44449>, Const<44450>, Const<44451>, Const<44452>, Const<44453>, Const<44454>, Const<44455>, Const<44456>, Const<44457>, Const<44458>, Const<44459>, Const<44460>, Const<44461>, Const<44462>, Const<44463>),
        (Const<44464>, Const<44465>, Const<44466>, Const<44467>, Const<44468>, Const<44469>, Const<44470>, Const<44471>, Const<44472>, Const<44473>, Const<44474>, Const<44475>, Const<44476>, Const<44477>, Const<44478>, Const<44479>),
        (Const<44480>, Const<44481>, Const<44482>, Const<44483>, Const<44484>, Const<44485>, Const<44486>, Const<44487>, Const<44488>, Const<44489>, Const<44490>, Const<44491>, Const<44492>, Const<44493>, Const<44494>, Const<44495>),
        (Const<44496>, Const<44497>, Const<44498>, Const<44499>, Const<44500>, Const<44501>, Const<44502>, Const<44503>, Const<44504>, Const<44505>, Const<44506>, Const<44507>, Const<44508>, Const<44509>, Const<44510>, Const<44511>),
        (Const<44512>, Const<44513>, Const<44514>, Const<44515>, Const<44516>, Const<44517>, Const<44518>, Const<44519>, Const<44520>, Const<44521>, Const<44522>, Const<44523>, Const<44524>, Const<44525>, Const<44526>, Const<44527>),
        (Const<44528>, Const<44529>, Const<44530>, Const<44531>, Const<44532>, Const<44533>, Const<44534>, Const<44535>, Const<44536>, Const<44537>, Const<44538>, Const<44539>, Const<44540>, Const<44541>, Const<44542>, Const<44543>),
    );
}

impl Row for typenum::consts::U174 {
    type Cols = (
        (Const<44544>, Const<44545>, Const<44546>, Const<44547>, Const<44548>, Const<44549>, Const<44550>, Const<44551>, Const<44552>, Const<44553>, Const<44554>, Const<44555>, Const<44556>, Const<44557>, Const<44558>, Const<44559>),
        (Const<44560>, Const<44561>, Const<44562>, Const<44563>, Const<44564>, Const<44565>, Const<44566>, Const<44567>, Const<44568>, Const<44569>, Const<44570>, Const<44571>, Const<44572>, Const<44573>, Const<44574>, Const<44575>),
        (Const<44576>, Const<44577>, Const<44578>, Const<44579>, Const<44580>, Const<44581>, Const<44582>, Const<44583>, Const<44584>, Const<44585>, Const<44586>, Const<44587>, Const<44588>, Const<44589>, Const<44590>, Const<44591>),
        (Const<44592>, Const<44593>, Const<44594>, Const<44595>, Const<44596>, Const<44597>, Const<44598>, Const<44599>, Const<44600>, Const<44601>, Const<44602>, Const<44603>, Const<44604>, Const<44605>, Const<44606>, Const<44607>),
        (Const<44608>, Const<44609>, Const<44610>, Const<44611>, Const<44612>, Const<44613>, Const<44614>, Const<44615>, Const<44616>, Const<44617>, Const<44618>, Const<44619>, Const<44620>, Const<44621>, Const<44622>, Const<44623>),
        (Const<44624>, Const<44625>, Const<44626>, Const<44627>, Const<44628>, Const<44629>, Const<44630>, Const<44631>, Const<44632>, Const<44633>, Const<44634>, Const<44635>, Const<44636>, Const<44637>, Const<44638>, Const<44639>),
        (Const<44640>, Const<44641>, Const<44642>, Const<44643>, Const<44644>, Const<44645>, Const<44646>, Const<44647>, Const<44648>, Const<44649>, Const<44650>, Const<44651>, Const<44652>, Const<44653>, Const<44654>, Const<44655>),
        (Const<44656>, Const<44657>, Const<44658>, Const<44659>, Const<44660>, Const<44661>, Const<44662>, Const<44663>, Const<44664>, Const<44665>, Const<44666>, Const<44667>, Const<44668>, Const<44669>, Const<44670>, Const<44671>),
        (Const<44672>, Const<44673>, Const<44674>, Const<44675>, Const<44676>, Const<44677>, Const<44678>, Const<44679>, Const<44680>, Const<44681>, Const<44682>, Const<44683>, Const<44684>, Const<44685>, Const<44686>, Const<44687>),
        (Const<44688>, Const<44689>, Const<44690>, Const<44691>, Const<44692>, Const<44693>, Const<44694>, Const<44695>, Const<44696>, Const<44697>, Const<44698>, Const<44699>, Const<44700>, Const<44701>, Const<44702>, Const<44703>),
        (Const<44704>, Const<44705>, Const<44706>, Const<44707>, Const<44708>, Const<44709>, Const<44710>, Const<44711>, Const<44712>, Const<44713>, Const<44714>, Const<44715>, Const<44716>, Const<44717>, Const<44718>, Const<44719>),
        (Const<44720>, Const<44721>, Const<44722>, Const<44723>, Const<44724>, Const<44725>, Const<44726>, Const<44727>, Const<44728>, Const<44729>, Const<44730>, Const<44731>, Const<44732>, Const<44733>, Const<44734>, Const<44735>),
        (Const<44736>, Const<44737>, Const<44738>, Const<44739>, Const<44740>, Const<44741>, Const<44742>, Const<44743>, Const<44744>, Const<44745>, Const<44746>, Const<44747>, Const<44748>, Const<44749>, Const<44750>, Const<44751>),
        (Const<44752>, Const<44753>, Const<44754>, Const<44755>, Const<44756>, Const<44757>, Const<44758>, Const<44759>, Const<44760>, Const<44761>, Const<44762>, Const<44763>, Const<44764>, Const<44765>, Const<44766>, Const<44767>),
        (Const<44768>, Const<44769>, Const<44770>, Const<44771>, Const<44772>, Const<44773>, Const<44774>, Const<44775>, Const<44776>, Const<44777>, Const<44778>, Const<44779>, Const<44780>, Const<44781>, Const<44782>, Const<44783>),
        (Const<44784>, Const<44785>, Const<44786>, Const<44787>, Const<44788>, Const<44789>, Const<44790>, Const<44791>, Const<44792>, Const<44793>, Const<44794>, Const<44795>, Const<44796>, Const<44797>, Const<44798>, Const<44799>),
    );
}

impl Row for typenum::consts::U175 {
    type Cols = (
        (Const<44800>, Const<44801>, Const<44802>, Const<44803>, Const<44804>, Const<44805>, Const<44806>, Const<44807>, Const<44808>, Const<44809>, Const<44810>, Const<44811>, Const<44812>, Const<44813>, Const<44814>, Const<44815>),
        (Const<44816>, Const<44817>, Const<44818>, Const<44819>, Const<44820>, Const<44821>, Const<44822>, Const<44823>, Const<44824>, Const<44825>, Const<44826>, Const<44827>, Const<44828>, Const<44829>, Const<44830>, Const<44831>),
        (Const<44832>, Const<44833>, Const<44834>, Const<44835>, Const<44836>, Const<44837>, Const<44838>, Const<44839>, Const<44840>, Const<44841>, Const<44842>, Const<44843>, Const<44844>, Const<44845>, Const<44846>, Const<44847>),
        (Const<44848>, Const<44849>, Const<44850>, Const<44851>, Const<44852>, Const<44853>, Const<44854>, Const<44855>, Const<44856>, Const<44857>, Const<44858>, Const<44859>, Const<44860>, Const<44861>, Const<44862>, Const<44863>),
        (Const<44864>, Const<44865>, Const<44866>, Const<44867>, Const<44868>, Const<44869>, Const<44870>, Const<44871>, Const<44872>, Const<44873>, Const<44874>, Const<44875>, Const<44876>, Const<44877>, Const<44878>, Const<44879>),
        (Const<44880>, Const<44881>, Const<44882>, Const<44883>, Const<44884>, Const<44885>, Const<44886>, Const<44887>, Const<44888>, Const<44889>, Const<44890>, Const<44891>, Const<44892>, Const<44893>, Const<44894>, Const<44895>),
        (Const<44896>, Const<44897>, Const<44898>, Const<44899>, Const<44900>, Const<44901>, Const<44902>, Const<44903>, Const<44904>, Const<44905>, Const<44906>, Const<44907>, Const<44908>, Const<44909>, Const<44910>, Const<44911>),
        (Const<44912>, Const<44913>, Const<44914>, Const<44915>, Const<44916>, Const<44917>, Const<44918>, Const<44919>, Const<44920>, Const<44921>, Const<44922>, Const<44923>, Const<44924>, Const<44925>, Const<44926>, Const<44927>),
        (Const<44928>, Const<44929>, Const<44930>, Const<44931>, Const<44932>, Const<44933>, Const<44934>, Const<44935>, Const<44936>, Const<44937>, Const<44938>, Const<44939>, Const<44940>, Const<44941>, Const<44942>, Const<44943>),
        (Const<44944>, Const<44945>, Const<44946>, Const<44947>, Const<44948>, Const<44949>, Const<44950>, Const<44951>, Const<44952>, Const<44953>, Const<44954>, Const<44955>, Const<44956>, Const<44957>, Const<44958>, Const<44959>),
        (Const<44960>, Const<44961>, Const<44962>, Const<44963>, Const<44964>, Const<44965>, Const<44966>, Const<44967>, Const<44968>, Const<44969>, Const<44970>, Const<44971>, Const<44972>, Const<44973>, Const<44974>, Const<44975>),
        (Const<44976>, Const<44977>, Const<44978>, Const<44979>, Const<44980>, Const<44981>, Const<44982>, Const<44983>, Const<44984>, Const<44985>, Const<44986>, Const<44987>, Const<44988>, Const<44989>, Const<44990>, Const<44991>),
        (Const<44992>, Const<44993>, Const<44994>, Const<44995>, Const<44996>, Const<44997>, Const<44998>, Const<44999>, Const<45000>, Const<45001>, Const<45002>, Const<45003>, Const<45004>, Const<45005>, Const<45006>, Const<45007>),
        (Const<45008>, Const<45009>, Const<45010>, Const<45011>, Const<45012>, Const<45013>, Const<45014>, Const<45015>, Const<45016>, Const<45017>, Const<45018>, Const<45019>, Const<45020>, Const<45021>, Const<45022>, Const<45023>),
        (Const<45024>, Const<45025>, Const<45026>, Const<45027>, Const<45028>, Const<45029>, Const<45030>, Const<45031>, Const<45032>, Const<45033>, Const<45034>, Const<45035>, Const<45036>, Const<45037>, Const<45038>, Const<45039>),
        (Const<45040>, Const<45041>, Const<45042>, Const<45043>, Const<45044>, Const<45045>, Const<45046>, Const<45047>, Const<45048>, Const<45049>, Const<45050>, Const<45051>, Const<45052>, Const<45053>, Const<45054>, Const<45055>),
    );
}

impl Row for typenum::consts::U176 {
    type Cols = (
        (Const<45056>, Const<45057>, Const<45058>, Const<45059>, Const<45060>, Const<45061>, Const<45062>, Const<45063>, Const<45064>, Const<45065>, Const<45066>, Const<45067>, Const<45068>, Const<45069>, Const<45070>, Const<45071>),
        (Const<45072>, Const<45073>, Const<45074>, Const<45075>, Const<45076>, Const<45077>, Const<45078>, Const<45079>, Const<45080>, Const<45081>, Const<45082>, Const<45083>, Const<45084>, Const<45085>, Const<45086>, Const<45087>),
        (Const<45088>, Const<45089>, Const<45090>, Const<45091>, Const<45092>, Const<45093>, Const<45094>, Const<45095>, Const<45096>, Const<45097>, Const<45098>, Const<45099>, Const<45100>, Const<45101>, Const<45102>, Const<45103>),
        (Const<45104>, Const<45105>, Const<45106>, Const<45107>, Const<45108>, Const<45109>, Const<45110>, Const<45111>, Const<45112>, Const<45113>, Const<45114>, Const<45115>, Const<45116>, Const<45117>, Const<45118>, Const<45119>),
        (Const<45120>, Const<45121>, Const<45122>, Const<45123>, Const<45124>, Const<45125>, Const<45126>, Const<45127>, Const<45128>, Const<45129>, Const<45130>, Const<45131>, Const<45132>, Const<45133>, Const<45134>, Const<45135>),
        (Const<45136>, Const<45137>, Const<45138>, Const<45139>, Const<45140>, Const<45141>, Const<45142>, Const<45143>, Const<45144>, Const<45145>, Const<45146>, Const<45147>, Const<45148>, Const<45149>, Const<45150>, Const<45151>),
        (Const<45152>, Const<45153>, Const<45154>, Const<45155>, Const<45156>, Const<45157>, Const<45158>, Const<45159>, Const<45160>, Const<45161>, Const<45162>, Const<45163>, Const<45164>, Const<45165>, Const<45166>, Const<45167>),
        (Const<45168>, Const<45169>, Const<45170>, Const<45171>, Const<45172>, Const<45173>, Const<45174>, Const<45175>, Const<45176>, Const<45177>, Const<45178>, Const<45179>, Const<45180>, Const<45181>, Const<45182>, Const<45183>),
        (Const<45184>, Const<45185>, Const<45186>, Const<45187>, Const<45188>, Const<45189>, Const<45190>, Const<45191>, Const<45192>, Const<45193>, Const<45194>, Const<45195>, Const<45196>, Const<45197>, Const<45198>, Const<45199>),
        (Const<45200>, Const<45201>, Const<45202>, Const<45203>, Const<45204>, Const<45205>, Const<45206>, Const<45207>, Const<45208>, Const<45209>, Const<45210>, Const<45211>, Const<45212>, Const<45213>, Const<45214>, Const<45215>),
        (Const<45216>, Const<45217>, Const<45218>, Const<45219>, Const<45220>, Const<45221>, Const<45222>, Const<45223>, Const<45224>, Const<45225>, Const<45226>, Const<45227>, Const<45228>, Const<45229>, Const<45230>, Const<45231>),
        (Const<45232>, Const<45233>, Const<45234>, Const<45235>, Const<45236>, Const<45237>, Const<45238>, Const<45239>, Const<45240>, Const<45241>, Const<45242>, Const<45243>, Const<45244>, Const<45245>, Const<45246>, Const<45247>),
        (Const<45248>, Const<45249>, Const<45250>, Const<45251>, Const<45252>, Const<45253>, Const<45254>, Const<45255>, Const<45256>, Const<45257>, Const<45258>, Const<45259>, Const<45260>, Const<45261>, Const<45262>, Const<45263>),
        (Const<45264>, Const<45265>, Const<45266>, Const<45267>, Const<45268>, Const<45269>, Const<45270>, Const<45271>, Const<45272>, Const<45273>, Const<45274>, Const<45275>, Const<45276>, Const<45277>, Const<45278>, Const<45279>),
        (Const<45280>, Const<45281>, Const<45282>, Const<45283>, Const<45284>, Const<45285>, Const<45286>, Const<45287>, Const<45288>, Const<45289>, Const<45290>, Const<45291>, Const<45292>, Const<45293>, Const<45294>, Const<45295>),
        (Const<45296>, Const<45297>, Const<45298>, Const<45299>, Const<45300>, Const<45301>, Const<45302>, Const<45303>, Const<45304>, Const<45305>, Const<45306>, Const<45307>, Const<45308>, Const<45309>, Const<45310>, Const<45311>),
    );
}

impl Row for typenum::consts::U177 {
    type Cols = (
        (Const<45312>, Const<45313>, Const<45314>, Const<45315>, Const<45316>, Const<45317>, Const<45318>, Const<45319>, Const<45320>, Const<45321>, Const<45322>, Const<45323>, Const<45324>, Const<45325>, Const<45326>, Const<45327>),
        (Const<45328>, Const<45329>, Const<45330>, Const<45331>, Const<45332>, Const<45333>, Const<45334>, Const<45335>, Const<45336>, Const<45337>, Const<45338>, Const<45339>, Const<45340>, Const<45341>, Const<45342>, Const<45343>),
        (Const<45344>, Const<45345>, Const<45346>, Const<45347>, Const<45348>, Const<45349>, Const<45350>, Const<45351>, Const<45352>, Const<45353>, Const<45354>, Const<45355>, Const<45356>, Const<45357>, Const<45358>, Const<45359>),
        (Const<45360>, Const<45361>, Const<45362>, Const<45363>, Const<45364>, Const<45365>, Const<45366>, Const<45367>, Const<45368>, Const<45369>, Const<45370>, Const<45371>, Const<45372>, Const<45373>, Const<45374>, Const<45375>),
        (Const<45376>, Const<45377>, Const<45378>, Const<45379>, Const<45380>, Const<45381>, Const<45382>, Const<45383>, Const<45384>, Const<45385>, Const<45386>, Const<45387>, Const<45388>, Const<45389>, Const<45390>, Const<45391>),
        (Const<45392>, Const<45393>, Const<45394>, Const<45395>, Const<45396>, Const<45397>, Const<45398>, Const<45399>, Const<45400>, Const<45401>, Const<45402>, Const<45403>, Const<45404>, Const<45405>, Const<45406>, Const<45407>),
        (Const<45408>, Const<45409>, Const<45410>, Const<45411>, Const<45412>, Const<45413>, Const<45414>, Const<45415>, Const<45416>, Const<45417>, Const<45418>, Const<45419>, Const<45420>, Const<45421>, Const<45422>, Const<45423>),
        (Const<45424>, Const<45425>, Const<45426>, Const<45427>, Const<45428>, Const<45429>, Const<45430>, Const<45431>, Const<45432>, Const<45433>, Const<45434>, Const<45435>, Const<45436>, Const<45437>, Const<45438>, Const<45439>),
        (Const<45440>, Const<45441>, Const<45442>, Const<45443>, Const<45444>, Const<45445>, Const<45446>, Const<45447>, Const<45448>, Const<45449>, Const<45450>, Const<45451>, Const<45452>, Const<45453>, Const<45454>, Const<45455>),
        (Const<45456>, Const<45457>, Const<45458>, Const<45459>, Const<45460>, Const<45461>, Const<45462>, Const<45463>, Const<45464>, Const<45465>, Const<45466>, Const<45467>, Const<45468>, Const<45469>, Const<45470>, Const<45471>),
        (Const<45472>, Const<45473>, Const<45474>, Const<45475>, Const<45476>, Const<45477>, Const<45478>, Const<45479>, Const<45480>, Const<45481>, Const<45482>, Const<45483>, Const<45484>, Const<45485>, Const<45486>, Const<45487>),
        (Const<45488>, Const<45489>, Const<45490>, Const<45491>, Const<45492>, Const<45493>, Const<45494>, Const<45495>, Const<45496>, Const<45497>, Const<45498>, Const<45499>, Const<45500>, Const<45501>, Const<45502>, Const<45503>),
        (Const<45504>, Const<45505>, Const<45506>, Const<45507>, Const<45508>, Const<45509>, Const<45510>, Const<45511>, Const<45512>, Const<45513>, Const<45514>, Const<45515>, Const<45516>, Const<45517>, Const<45518>, Const<45519>),
        (Const<45520>, Const<45521>, Const<45522>, Const<45523>, Const<45524>, Const<45525>, Const<45526>, Const<45527>, Const<45528>, Const<45529>, Const<45530>, Const<45531>, Const<45532>, Const<45533>, Const<45534>, Const<45535>),
        (Const<45536>, Const<45537>, Const<45538>, Const<45539>, Const<45540>, Const<45541>, Const<45542>, Const<45543>, Const<45544>, Const<45545>, Const<45546>, Const<45547>, Const<45548>, Const<45549>, Const<45550>, Const<45551>),
        (Const<45552>, Const<45553>, Const<45554>, Const<45555>, Const<45556>, Const<45557>, Const<45558>, Const<45559>, Const<45560>, Const<45561>, Const<45562>, Const<45563>, Const<45564>, Const<45565>, Const<45566>, Const<45567>),
    );
}

impl Row for typenum::consts::U178 {
    type Cols = (
        (Const<45568>, Const<45569>, Const<45570>, Const<45571>, Const<45572>, Const<45573>, Const<45574>, Const<45575>, Const<45576>, Const<45577>, Const<45578>, Const<45579>, Const<45580>, Const<45581>, Const<45582>, Const<45583>),
        (Const<45584>, Const<45585>, Const<45586>, Const<45587>, Const<45588>, Const<45589>, Const<45590>, Const<45591>, Const<45592>, Const<45593>, Const<45594>, Const<45595>, Const<45596>, Const<45597>, Const<45598>, Const<45599>),
        (Const<45600>, Const<45601>, Const<45602>, Const<45603>, Const<45604>, Const<45605>, Const<45606>, Const<45607>, Const<45608>, Const<45609>, Const<45610>, Const<45611>, Const<45612>, Const<45613>, Const<45614>, Const<45615>),
        (Const<45616>, Const<45617>, Const<45618>, Const<45619>, Const<45620>, Const<45621>, Const<45622>, Const<45623>, Const<45624>, Const<45625>, Const<45626>, Const<45627>, Const<45628>, Const<45629>, Const<45630>, Const<45631>),
        (Const<45632>, Const<45633>, Const<45634>, Const<45635>, Const<45636>, Const<45637>, Const<45638>, Const<45639>, Const<45640>, Const<45641>, Const<45642>, Const<45643>, Const<45644>, Const<45645>, Const<45646>, Const<45647>),
        (Const<45648>, Const<45649>, Const<45650>, Const<45651>, Const<45652>, Const<45653>, Const<45654>, Const<45655>, Const<45656>, Const<45657>, Const<45658>, Const<45659>, Const<45660>, Const<45661>, Const<45662>, Const<45663>),
        (Const<45664>, Const<45665>, Const<45666>, Const<45667>, Const<45668>, Const<45669>, Const<45670>, Const<45671>, Const<45672>, Const<45673>, Const<45674>, Const<45675>, Const<45676>, Const<45677>, Const<45678>, Const<45679>),
        (Const<45680>, Const<45681>, Const<45682>, Const<45683>, Const<45684>, Const<45685>, Const<45686>, Const<45687>, Const<45688>, Const<45689>, Const<45690>, Const<45691>, Const<45692>, Const<45693>, Const<45694>, Const<45695>),
        (Const<45696>, Const<45697>, Const<45698>, Const<45699>, Const<45700>, Const<45701>, Const<45702>, Const<45703>, Const<45704>, Const<45705>, Const<45706>, Const<45707>, Const<45708>, Const<45709>, Const<45710>, Const<45711>),
        (Const<45712>, Const<45713>, Const<45714>, Const<45715>, Const<45716>, Const<45717>, Const<45718>, Const<45719>, Const<45720>, Const<45721>, Const<45722>, Const<45723>, Const<45724>, Const<45725>, Const<45726>, Const<45727>),
        (Const<45728>, Const<45729>, Const<45730>, Const<45731>, Const<45732>, Const<45733>, Const<45734>, Const<45735>, Const<45736>, Const<45737>, Const<45738>, Const<45739>, Const<45740>, Const<45741>, Const<45742>, Const<45743>),
        (Const<45744>, Const<45745>, Const<45746>, Const<45747>, Const<45748>, Const<45749>, Const<45750>, Const<45751>, Const<45752>, Const<45753>, Const<45754>, Const<45755>, Const<45756>, Const<45757>, Const<45758>, Const<45759>),
        (Const<45760>, Const<45761>, Const<45762>, Const<45763>, Const<45764>, Const<45765>, Const<45766>, Const<45767>, Const<45768>, Const<45769>, Const<45770>, Const<45771>, Const<45772>, Const<45773>, Const<45774>, Const<45775>),
        (Const<45776>, Const<45777>, Const<45778>, Const<45779>, Const<45780>, Const<45781>, Const<45782>, Const<45783>, Const<45784>, Const<45785>, Const<45786>, Const<45787>, Const<45788>, Const<45789>, Const<45790>, Const<45791>),
        (Const<45792>, Const<45793>, Const<45794>, Const<45795>, Const<45796>, Const<45797>, Const<45798>, Const<45799>, Const<45800>, Const<45801>, Const<45802>, Const<45803>, Const<45804>, Const<45805>, Const<45806>, Const<45807>),
        (Const<45808>, Const<45809>, Const<45810>, Const<45811>, Const<45812>, Const<45813>, Const<45814>, Const<45815>, Const<45816>, Const<45817>, Const<45818>, Const<45819>, Const<45820>, Const<45821>, Const<45822>, Const<45823>),
    );
}

impl Row for typenum::consts::U179 {
    type Cols = (
        (Const<45824>, Const<45825>, Const<45826>, Const<45827>, Const<45828>, Const<45829>, Const<45830>, Const<45831>, Const<45832>, Const<45833>, Const<45834>, Const<45835>, Const<45836>, Const<45837>, Const<45838>, Const<45839>),
        (Const<45840>, Const<45841>, Const<45842>, Const<45843>, Const<45844>, Const<45845>, Const<45846>, Const<45847>, Const<45848>, Const<45849>, Const<45850>, Const<45851>, Const<45852>, Const<45853>, Const<45854>, Const<45855>),
        (Const<45856>, Const<45857>, Const<45858>, Const<45859>, Const<45860>, Const<45861>, Const<45862>, Const<45863>, Const<45864>, Const<45865>, Const<45866>, Const<45867>, Const<45868>, Const<45869>, Const<45870>, Const<45871>),
        (Const<45872>, Const<45873>, Const<45874>, Const<45875>, Const<45876>, Const<45877>, Const<45878>, Const<45879>, Const<45880>, Const<45881>, Const<45882>, Const<45883>, Const<45884>, Const<45885>, Const<45886>, Const<45887>),
        (Const<45888>, Const<45889>, Const<45890>, Const<45891>, Const<45892>, Const<45893>, Const<45894>, Const<45895>, Const<45896>, Const<45897>, Const<45898>, Const<45899>, Const<45900>, Const<45901>, Const<45902>, Const<45903>),
        (Const<45904>, Const<45905>, Const<45906>, Const<45907>, Const<45908>, Const<45909>, Const<45910>, Const<45911>, Const<45912>, Const<45913>, Const<45914>, Const<45915>, Const<45916>, Const<45917>, Const<45918>, Const<45919>),
        (Const<45920>, Const<45921>, Const<45922>, Const<45923>, Const<45924>, Const<45925>, Const<45926>, Const<45927>, Const<45928>, Const<45929>, Const<45930>, Const<45931>, Const<45932>, Const<45933>, Const<45934>, Const<45935>),
        (Const<45936>, Const<45937>, Const<45938>, Const<45939>, Const<45940>, Const<45941>, Const<45942>, Const<45943>, Const<45944>, Const<45945>, Const<45946>, Const<45947>, Const<45948>, Const<45949>, Const<45950>, Const<45951>),
        (Const<45952>, Const<45953>, Const<45954>, Const<45955>, Const<45956>, Const<45957>, Const<45958>, Const<45959>, Const<45960>, Const<45961>, Const<45962>, Const<45963>, Const<45964>, Const<45965>, Const<45966>, Const<45967>),
        (Const<45968>, Const<45969>, Const<45970>, Const<45971>, Const<45972>, Const<45973>, Const<45974>, Const<45975>, Const<45976>, Const<45977>, Const<45978>, Const<45979>, Const<45980>, Const<45981>, Const<45982>, Const<45983>),
        (Const<45984>, Const<45985>, Const<45986>, Const<45987>, Const<45988>, Const<45989>, Const<45990>, Const<45991>, Const<45992>, Const<45993>, Const<45994>, Const<45995>, Const<45996>, Const<45997>, Const<45998>, Const<45999>),
        (Const<46000>, Const<46001>, Const<46002>, Const<46003>, Const<46004>, Const<46005>, Const<46006>, Const<46007>, Const<46008>, Const<46009>, Const<46010>, Const<46011>, Const<46012>, Const<46013>, Const<46014>, Const<46015>),
        (Const<46016>, Const<46017>, Const<46018>, Const<46019>, Const<46020>, Const<46021>, Const<46022>, Const<46023>, Const<46024>, Const<46025>, Const<46026>, Const<46027>, Const<46028>, Const<46029>, Const<46030>, Const<46031>),
        (Const<46032>, Const<46033>, Const<46034>, Const<46035>, Const<46036>, Const<46037>, Const<46038>, Const<46039>, Const<46040>, Const<46041>, Const<46042>, Const<46043>, Const<46044>, Const<46045>, Const<46046>, Const<46047>),
        (Const<46048>, Const<46049>, Const<46050>, Const<46051>, Const<46052>, Const<46053>, Const<46054>, Const<46055>, Const<46056>, Const<46057>, Const<46058>, Const<46059>, Const<46060>, Const<46061>, Const<46062>, Const<46063>),
        (Const<46064>, Const<46065>, Const<46066>, Const<46067>, Const<46068>, Const<46069>, Const<46070>, Const<46071>, Const<46072>, Const<46073>, Const<46074>, Const<46075>, Const<46076>, Const<46077>, Const<46078>, Const<46079>),
    );
}

impl Row for typenum::consts::U180 {
    type Cols = (
        (Const<46080>, Const<46081>, Const<46082>, Const<46083>, Const<46084>, Const<46085>, Const<46086>, Const<46087>, Const<46088>, Const<46089>, Const<46090>, Const<46091>, Const<46092>, Const<46093>, Const<46094>, Const<46095>),
        (Const<46096>, Const<46097>, Const<46098>, Const<46099>, Const<46100>, Const<46101>, Const<46102>, Const<46103>, Const<46104>, Const<46105>, Const<46106>, Const<46107>, Const<46108>, Const<46109>, Const<46110>, Const<46111>),
        (Const<46112>, Const<46113>, Const<46114>, Const<46115>, Const<46116>, Const<46117>, Const<46118>, Const<46119>, Const<46120>, Const<46121>, Const<46122>, Const<46123>, Const<46124>, Const<46125>, Const<46126>, Const<46127>),
        (Const<46128>, Const<46129>, Const<46130>, Const<46131>, Const<46132>, Const<46133>, Const<46134>, Const<46135>, Const<46136>, Const<46137>, Const<46138>, Const<46139>, Const<46140>, Const<46141>, Const<46142>, Const<46143>),
        (Const<46144>, Const<46145>, Const<46146>, Const<46147>, Const<46148>, Const<46149>, Const<46150>, Const<46151>, Const<46152>, Const<46153>, Const<46154>, Const<46155>, Const<46156>, Const<46157>, Const<46158>, Const<46159>),
        (Const<46160>, Const<46161>, Const<46162>, Const<46163>, Const<46164>, Const<46165>, Const<46166>, Const<46167>, Const<46168>, Const<46169>, Const<46170>, Const<46171>, Const<46172>, Const<46173>, Const<46174>, Const<46175>),
        (Const<46176>, Const<46177>, Const<46178>, Const<46179>, Const<46180>, Const<46181>, Const<46182>, Const<46183>, Const<46184>, Const<46185>, Const<46186>, Const<46187>, Const<46188>, Const<46189>, Const<46190>, Const<46191>),
        (Const<46192>, Const<46193>, Const<46194>, Const<46195>, Const<46196>, Const<46197>, Const<46198>, Const<46199>, Const<46200>, Const<46201>, Const<46202>, Const<46203>, Const<46204>, Const<46205>, Const<46206>, Const<46207>),
        (Const<46208>, Const<46209>, Const<46210>, Const<46211>, Const<46212>, Const<46213>, Const<46214>, Const<46215>, Const<46216>, Const<46217>, Const<46218>, Const<46219>, Const<46220>, Const<46221>, Const<46222>, Const<46223>),
        (Const<46224>, Const<46225>, Const<46226>, Const<46227>, Const<46228>, Const<46229>, Const<46230>, Const<46231>, Const<46232>, Const<46233>, Const<46234>, Const<46235>, Const<46236>, Const<46237>, Const<46238>, Const<46239>),
        (Const<46240>, Const<46241>, Const<46242>, Const<46243>, Const<46244>, Const<46245>, Const<46246>, Const<46247>, Const<46248>, Const<46249>, Const<46250>, Const<46251>, Const<46252>, Const<46253>, Const<46254>, Const<46255>),
        (Const<46256>, Const<46257>, Const<46258>, Const<46259>, Const<46260>, Const<46261>, Const<46262>, Const<46263>, Const<46264>, Const<46265>, Const<46266>, Const<46267>, Const<46268>, Const<46269>, Const<46270>, Const<46271>),
        (Const<46272>, Const<46273>, Const<46274>, Const<46275>, Const<46276>, Const<46277>, Const<46278>, Const<46279>, Const<46280>, Const<46281>, Const<46282>, Const<46283>, Const<46284>, Const<46285>, Const<46286>, Const<46287>),
        (Const<46288>, Const<46289>, Const<46290>, Const<46291>, Const<46292>, Const<46293>, Const<46294>, Const<46295>, Const<46296>, Const<46297>, Const<46298>, Const<46299>, Const<46300>, Const<46301>, Const<46302>, Const<46303>),
        (Const<46304>, Const<46305>, Const<46306>, Const<46307>, Const<46308>, Const<46309>, Const<46310>, Const<46311>, Const<46312>, Const<46313>, Const<46314>, Const<46315>, Const<46316>, Const<46317>, Const<46318>, Const<46319>),
        (Const<46320>, Const<46321>, Const<46322>, Const<46323>, Const<46324>, Const<46325>, Const<46326>, Const<46327>, Const<46328>, Const<46329>, Const<46330>, Const<46331>, Const<46332>, Const<46333>, Const<46334>, Const<46335>),
    );
}

impl Row for typenum::consts::U181 {
    type Cols = (
        (Const<46336>, Const<46337>, Const<46338>, Const<46339>, Const<46340>, Const<46341>, Const<46342>, Const<46343>, Const<46344>, Const<46345>, Const<46346>, Const<46347>, Const<46348>, Const<46349>, Const<46350>, Const<46351>),
        (Const<46352>, Const<46353>, Const<46354>, Const<46355>, Const<46356>, Const<46357>, Const<46358>, Const<46359>, Const<46360>, Const<46361>, Const<46362>, Const<46363>, Const<46364>, Const<46365>, Const<46366>, Const<46367>),
        (Const<46368>, Const<46369>, Const<46370>, Const<46371>, Const<46372>, Const<46373>, Const<46374>, Const<46375>, Const<46376>, Const<46377>, Const<46378>, Const<46379>, Const<46380>, Const<46381>, Const<46382>, Const<46383>),
        (Const<46384>, Const<46385>, Const<46386>, Const<46387>, Const<46388>, Const<46389>, Const<46390>, Const<46391>, Const<46392>, Const<46393>, Const<46394>, Const<46395>, Const<46396>, Const<46397>, Const<46398>, Const<46399>),
        (Const<46400>, Const<46401>, Const<46402>, Const<46403>, Const<46404>, Const<46405>, Const<46406>, Const<46407>, Const<46408>, Const<46409>, Const<46410>, Const<46411>, Const<46412>, Const<46413>, Const<46414>, Const<46415>),
        (Const<46416>, Const<46417>, Const<46418>, Const<46419>, Const<46420>, Const<46421>, Const<46422>, Const<46423>, Const<46424>, Const<46425>, Const<46426>, Const<46427>, Const<46428>, Const<46429>, Const<46430>, Const<46431>),
        (Const<46432>, Const<46433>, Const<46434>, Const<46435>, Const<46436>, Const<46437>, Const<46438>, Const<46439>, Const<46440>, Const<46441>, Const<46442>, Const<46443>, Const<46444>, Const<46445>, Const<46446>, Const<46447>),
        (Const<46448>, Const<46449>, Const<46450>, Const<46451>, Const<46452>, Const<46453>, Const<46454>, Const<46455>, Const<46456>, Const<46457>, Const<46458>, Const<46459>, Const<46460>, Const<46461>, Const<46462>, Const<46463>),
        (Const<46464>, Const<46465>, Const<46466>, Const<46467>, Const<46468>, Const<46469>, Const<46470>, Const<46471>, Const<46472>, Const<46473>, Const<46474>, Const<46475>, Const<46476>, Const<46477>, Const<46478>, Const<46479>),
        (Const<46480>, Const<46481>, Const<46482>, Const<46483>, Const<46484>, Const<46485>, Const<46486>, Const<46487>, Const<46488>, Const<46489>, Const<46490>, Const<46491>, Const<46492>, Const<46493>, Const<46494>, Const<46495>),
        (Const<46496>, Const<46497>, Const<46498>, Const<46499>, Const<46500>, Const<46501>, Const<46502>, Const<46503>, Const<46504>, Const<46505>, Const<46506>, Const<46507>, Const<46508>, Const<46509>, Const<46510>, Const<46511>),
        (Const<46512>, Const<46513>, Const<46514>, Const<46515>, Const<46516>, Const<46517>, Const<46518>, Const<46519>, Const<46520>, Const<46521>, Const<46522>, Const<46523>, Const<46524>, Const<46525>, Const<46526>, Const<46527>),
        (Const<46528>, Const<46529>, Const<46530>, Const<46531>, Const<46532>, Const<46533>, Const<46534>, Const<46535>, Const<46536>, Const<46537>, Const<46538>, Const<46539>, Const<46540>, Const<46541>, Const<46542>, Const<46543>),
        (Const<46544>, Const<46545>, Const<46546>, Const<46547>, Const<46548>, Const<46549>, Const<46550>, Const<46551>, Const<46552>, Const<46553>, Const<46554>, Const<46555>, Const<46556>, Const<46557>, Const<46558>, Const<46559>),
        (Const<46560>, Const<46561>, Const<46562>, Const<46563>, Const<46564>, Const<46565>, Const<46566>, Const<46567>, Const<46568>, Const<46569>, Const<46570>, Const<46571>, Const<46572>, Const<46573>, Const<46574>, Const<46575>),
        (Const<46576>, Const<46577>, Const<46578>, Const<46579>, Const<46580>, Const<46581>, Const<46582>, Const<46583>, Const<46584>, Const<46585>, Const<46586>, Const<46587>, Const<46588>, Const<46589>, Const<46590>, Const<46591>),
    );
}

impl Row for typenum::consts::U182 {
    type Cols = (
        (Const<46592>, Const<46593>, Const<46594>, Const<46595>, Const<46596>, Const<46597>, Const<46598>, Const<46599>, Const<46600>, Const<46601>, Const<46602>, Const<46603>, Const<46604>, Const<46605>, Const<46606>, Const<46607>),
        (Const<46608>, Const<46609>, Const<46610>, Const<46611>, Const<46612>, Const<46613>, Const<46614>, Const<46615>, Const<46616>, Const<46617>, Const<46618>, Const<46619>, Const<46620>, Const<46621>, Const<46622>, Const<46623>),
        (Const<46624>, Const<46625>, Const<46626>, Const<46627>, Const<46628>, Const<46629>, Const<46630>, Const<46631>, Const<46632>, Const<46633>, Const<46634>, Const<46635>, Const<46636>, Const<46637>, Const<46638>, Const<46639>),
        (Const<46640>, Const<46641>, Const<46642>, Const<46643>, Const<46644>, Const<46645>, Const<46646>, Const<46647>, Const<46648>, Const<46649>, Const<46650>, Const<46651>, Const<46652>, Const<46653>, Const<46654>, Const<46655>),
        (Const<46656>, Const<46657>, Const<46658>, Const<46659>, Const<46660>, Const<46661>, Const<46662>, Const<46663>, Const<46664>, Const<46665>, Const<46666>, Const<46667>, Const<46668>, Const<46669>, Const<46670>, Const<46671>),
        (Const<46672>, Const<46673>, Const<46674>, Const<46675>, Const<46676>, Const<46677>, Const<46678>, Const<46679>, Const<46680>, Const<46681>, Const<46682>, Const<46683>, Const<46684>, Const<46685>, Const<46686>, Const<46687>),
        (Const<46688>, Const<46689>, Const<46690>, Const<46691>, Const<46692>, Const<46693>, Const<46694>, Const<46695>, Const<46696>, Const<46697>, Const<46698>, Const<46699>, Const<46700>, Const<46701>, Const<46702>, Const<46703>),
        (Const<46704>, Const<46705>, Const<46706>, Const<46707>, Const<46708>, Const<46709>, Const<46710>, Const<46711>, Const<46712>, Const<46713>, Const<46714>, Const<46715>, Const<46716>, Const<46717>, Const<46718>, Const<46719>),
        (Const<46720>, Const<46721>, Const<46722>, Const<46723>, Const<46724>, Const<46725>, Const<46726>, Const<46727>, Const<46728>, Const<46729>, Const<46730>, Const<46731>, Const<46732>, Const<46733>, Const<46734>, Const<46735>),
        (Const<46736>, Const<46737>, Const<46738>, Const<46739>, Const<46740>, Const<46741>, Const<46742>, Const<46743>, Const<46744>, Const<46745>, Const<46746>, Const<46747>, Const<46748>, Const<46749>, Const<46750>, Const<46751>),
        (Const<46752>, Const<46753>, Const<46754>, Const<46755>, Const<46756>, Const<46757>, Const<46758>, Const<46759>, Const<46760>, Const<46761>, Const<46762>, Const<46763>, Const<46764>, Const<46765>, Const<46766>, Const<46767>),
        (Const<46768>, Const<46769>, Const<46770>, Const<46771>, Const<46772>, Const<46773>, Const<46774>, Const<46775>, Const<46776>, Const<46777>, Const<46778>, Const<46779>, Const<46780>, Const<46781>, Const<46782>, Const<46783>),
        (Const<46784>, Const<46785>, Const<46786>, Const<46787>, Const<46788>, Const<46789>, Const<46790>, Const<46791>, Const<46792>, Const<46793>, Const<46794>, Const<46795>, Const<46796>, Const<46797>, Const<46798>, Const<46799>),
        (Const<46800>, Const<46801>, Const<46802>, Const<46803>, Const<46804>, Const<46805>, Const<46806>, Const<46807>, Const<46808>, Const<46809>, Const<46810>, Const<46811>, Const<46812>, Const<46813>, Const<46814>, Const<46815>),
        (Const<46816>, Const<46817>, Const<46818>, Const<46819>, Const<46820>, Const<46821>, Const<46822>, Const<46823>, Const<46824>, Const<46825>, Const<46826>, Const<46827>, Const<46828>, Const<46829>, Const<46830>, Const<46831>),
        (Const<46832>, Const<46833>, Const<46834>, Const<46835>, Const<46836>, Const<46837>, Const<46838>, Const<46839>, Const<46840>, Const<46841>, Const<46842>, Const<46843>, Const<46844>, Const<46845>, Const<46846>, Const<46847>),
    );
}

impl Row for typenum::consts::U183 {
    type Cols = (
        (Const<46848>, Const<46849>, Const<46850>, Const<46851>, Const<46852>, Const<46853>, Const<46854>, Const<46855>, Const<46856>, Const<46857>, Const<46858>, Const<46859>, Const<46860>, Const<46861>, Const<46862>, Const<46863>),
        (Const<46864>, Const<46865>, Const<46866>, Const<46867>, Const<46868>, Const<46869>, Const<46870>, Const<46871>, Const<46872>, Const<46873>, Const<46874>, Const<46875>, Const<46876>, Const<46877>, Const<46878>, Const<46879>),
        (Const<46880>, Const<46881>, Const<46882>, Const<46883>, Const<46884>, Const<46885>, Const<46886>, Const<46887>, Const<46888>, Const<46889>, Const<46890>, Const<46891>, Const<46892>, Const<46893>, Const<46894>, Const<46895>),
        (Const<46896>, Const<46897>, Const<46898>, Const<46899>, Const<46900>, Const<46901>, Const<46902>, Const<46903>, Const<46904>, Const<46905>, Const<46906>, Const<46907>, Const<46908>, Const<46909>, Const<46910>, Const<46911>),
        (Const<46912>, Const<46913>, Const<46914>, Const<46915>, Const<46916>, Const<46917>, Const<46918>, Const<46919>, Const<46920>, Const<46921>, Const<46922>, Const<46923>, Const<46924>, Const<46925>, Const<46926>, Const<46927>),
        (Const<46928>, Const<46929>, Const<46930>, Const<46931>, Const<46932>, Const<46933>, Const<46934>, Const<46935>, Const<46936>, Const<46937>, Const<46938>, Const<46939>, Const<46940>, Const<46941>, Const<46942>, Const<46943>),
        (Const<46944>, Const<46945>, Const<46946>, Const<46947>, Const<46948>, Const<46949>, Const<46950>, Const<46951>, Const<46952>, Const<46953>, Const<46954>, Const<46955>, Const<46956>, Const<46957>, Const<46958>, Const<46959>),
        (Const<46960>, Const<46961>, Const<46962>, Const<46963>, Const<46964>, Const<46965>, Const<46966>, Const<46967>, Const<46968>, Const<46969>, Const<46970>, Const<46971>, Const<46972>, Const<46973>, Const<46974>, Const<46975>),
        (Const<46976>, Const<46977>, Const<46978>, Const<46979>, Const<46980>, Const<46981>, Const<46982>, Const<46983>, Const<46984>, Const<46985>, Const<46986>, Const<46987>, Const<46988>, Const<46989>, Const<46990>, Const<46991>),
        (Const<46992>, Const<46993>, Const<46994>, Const<46995>, Const<46996>, Const<46997>, Const<46998>, Const<46999>, Const<47000>, Const<47001>, Const<47002>, Const<47003>, Const<47004>, Const<47005>, Const<47006>, Const<47007>),
        (Const<47008>, Const<47009>, Const<47010>, Const<47011>, Const<47012>, Const<47013>, Const<47014>, Const<47015>, Const<47016>, Const<47017>, Const<47018>, Const<47019>, Const<47020>, Const<47021>, Const<47022>, Const<47023>),
        (Const<47024>, Const<47025>, Const<47026>, Const<47027>, Const<47028>, Const<47029>, Const<47030>, Const<47031>, Const<47032>, Const<47033>, Const<47034>, Const<47035>, Const<47036>, Const<47037>, Const<47038>, Const<47039>),
        (Const<47040>, Const<47041>, Const<47042>, Const<47043>, Const<47044>, Const<47045>, Const<47046>, Const<47047>, Const<47048>, Const<47049>, Const<47050>, Const<47051>, Const<47052>, Const<47053>, Const<47054>, Const<47055>),
        (Const<47056>, Const<47057>, Const<47058>, Const<47059>, Const<47060>, Const<47061>, Const<47062>, Const<47063>, Const<47064>, Const<47065>, Const<47066>, Const<47067>, Const<47068>, Const<47069>, Const<47070>, Const<47071>),
        (Const<47072>, Const<47073>, Const<47074>, Const<47075>, Const<47076>, Const<47077>, Const<47078>, Const<47079>, Const<47080>, Const<47081>, Const<47082>, Const<47083>, Const<47084>, Const<47085>, Const<47086>, Const<47087>),
        (Const<47088>, Const<47089>, Const<47090>, Const<47091>, Const<47092>, Const<47093>, Const<47094>, Const<47095>, Const<47096>, Const<47097>, Const<47098>, Const<47099>, Const<47100>, Const<47101>, Const<47102>, Const<47103>),
    );
}

impl Row for typenum::consts::U184 {
    type Cols = (
        (Const<47104>, Const<47105>, Const<47106>, Const<47107>, Const<47108>, Const<47109>, Const<47110>, Const<47111>, Const<47112>, Const<47113>, Const<47114>, Const<47115>, Const<47116>, Const<47117>, Const<47118>, Const<47119>),
        (Const<47120>, Const<47121>, Const<47122>, Const<47123>, Const<47124>, Const<47125>, Const<47126>, Const<47127>, Const<47128>, Const<47129>, Const<47130>, Const<47131>, Const<47132>, Const<47133>, Const<47134>, Const<47135>),
        (Const<47136>, Const<47137>, Const<47138>, Const<47139>, Const<47140>, Const<47141>, Const<47142>, Const<47143>, Const<47144>, Const<47145>, Const<47146>, Const<47147>, Const<47148>, Const<47149>, Const<47150>, Const<47151>),
        (Const<47152>, Const<47153>, Const<47154>, Const<47155>, Const<47156>, Const<47157>, Const<47158>, Const<47159>, Const<47160>, Const<47161>, Const<47162>, Const<47163>, Const<47164>, Const<47165>, Const<47166>, Const<47167>),
        (Const<47168>, Const<47169>, Const<47170>, Const<47171>, Const<47172>, Const<47173>, Const<47174>, Const<47175>, Const<47176>, Const<47177>, Const<47178>, Const<47179>, Const<47180>, Const<47181>, Const<47182>, Const<47183>),
        (Const<47184>, Const<47185>, Const<47186>, Const<47187>, Const<47188>, Const<47189>, Const<47190>, Const<47191>, Const<47192>, Const<47193>, Const<47194>, Const<47195>, Const<47196>, Const<47197>, Const<47198>, Const<47199>),
        (Const<47200>, Const<47201>, Const<47202>, Const<47203>, Const<47204>, Const<47205>, Const<47206>, Const<47207>, Const<47208>, Const<47209>, Const<47210>, Const<47211>, Const<47212>, Const<47213>, Const<47214>, Const<47215>),
        (Const<47216>, Const<47217>, Const<47218>, Const<47219>, Const<47220>, Const<47221>, Const<47222>, Const<47223>, Const<47224>, Const<47225>, Const<47226>, Const<47227>, Const<47228>, Const<47229>, Const<47230>, Const<47231>),
        (Const<47232>, Const<47233>, Const<47234>, Const<47235>, Const<47236>, Const<47237>, Const<47238>, Const<47239>, Const<47240>, Const<47241>, Const<47242>, Const<47243>, Const<47244>, Const<47245>, Const<47246>, Const<47247>),
        (Const<47248>, Const<47249>, Const<47250>, Const<47251>, Const<47252>, Const<47253>, Const<47254>, Const<47255>, Const<47256>, Const<47257>, Const<47258>, Const<47259>, Const<47260>, Const<47261>, Const<47262>, Const<47263>),
        (Const<47264>, Const<47265>, Const<47266>, Const<47267>, Const<47268>, Const<47269>, Const<47270>, Const<47271>, Const<47272>, Const<47273>, Const<47274>, Const<47275>, Const<47276>, Const<47277>, Const<47278>, Const<47279>),
        (Const<47280>, Const<47281>, Const<47282>, Const<47283>, Const<47284>, Const<47285>, Const<47286>, Const<47287>, Const<47288>, Const<47289>, Const<47290>, Const<47291>, Const<47292>, Const<47293>, Const<47294>, Const<47295>),
        (Const<47296>, Const<47297>, Const<47298>, Const<47299>, Const<47300>, Const<47301>, Const<47302>, Const<47303>, Const<47304>, Const<47305>, Const<47306>, Const<47307>, Const<47308>, Const<47309>, Const<47310>, Const<47311>),
        (Const<47312>, Const<47313>, Const<47314>, Const<47315>, Const<47316>, Const<47317>, Const<47318>, Const<47319>, Const<47320>, Const<47321>, Const<47322>, Const<47323>, Const<47324>, Const<47325>, Const<47326>, Const<47327>),
        (Const<47328>, Const<47329>, Const<47330>, Const<47331>, Const<47332>, Const<47333>, Const<47334>, Const<47335>, Const<47336>, Const<47337>, Const<47338>, Const<47339>, Const<47340>, Const<47341>, Const<47342>, Const<47343>),
        (Const<47344>, Const<47345>, Const<47346>, Const<47347>, Const<47348>, Const<47349>, Const<47350>, Const<47351>, Const<47352>, Const<47353>, Const<47354>, Const<47355>, Const<47356>, Const<47357>, Const<47358>, Const<47359>),
    );
}

impl Row for typenum::consts::U185 {
    type Cols = (
        (Const<47360>, Const<47361>, Const<47362>, Const<47363>, Const<47364>, Const<47365>, Const<47366>, Const<47367>, Const<47368>, Const<47369>, Const<47370>, Const<47371>, Const<47372>, Const<47373>, Const<47374>, Const<47375>),
        (Const<47376>, Const<47377>, Const<47378>, Const<47379>, Const<47380>, Const<47381>, Const<47382>, Const<47383>, Const<47384>, Const<47385>, Const<47386>, Const<47387>, Const<47388>, Const<47389>, Const<47390>, Const<47391>),
        (Const<47392>, Const<47393>, Const<47394>, Const<47395>, Const<47396>, Const<47397>, Const<47398>, Const<47399>, Const<47400>, Const<47401>, Const<47402>, Const<47403>, Const<47404>, Const<47405>, Const<47406>, Const<47407>),
        (Const<47408>, Const<47409>, Const<47410>, Const<47411>, Const<47412>, Const<47413>, Const<47414>, Const<47415>, Const<47416>, Const<47417>, Const<47418>, Const<47419>, Const<47420>, Const<47421>, Const<47422>, Const<47423>),
        (Const<47424>, Const<47425>, Const<47426>, Const<47427>, Const<47428>, Const<47429>, Const<47430>, Const<47431>, Const<47432>, Const<47433>, Const<47434>, Const<47435>, Const<47436>, Const<47437>, Const<47438>, Const<47439>),
        (Const<47440>, Const<47441>, Const<47442>, Const<47443>, Const<47444>, Const<47445>, Const<47446>, Const<47447>, Const<47448>, Const<47449>, Const<47450>, Const<47451>, Const<47452>, Const<47453>, Const<47454>, Const<47455>),
        (Const<47456>, Const<47457>, Const<47458>, Const<47459>, Const<47460>, Const<47461>, Const<47462>, Const<47463>, Const<47464>, Const<47465>, Const<47466>, Const<47467>, Const<47468>, Const<47469>, Const<47470>, Const<47471>),
        (Const<47472>, Const<47473>, Const<47474>, Const<47475>, Const<47476>, Const<47477>, Const<47478>, Const<47479>, Const<47480>, Const<47481>, Const<47482>, Const<47483>, Const<47484>, Const<47485>, Const<47486>, Const<47487>),
        (Const<47488>, Const<47489>, Const<47490>, Const<47491>, Const<47492>, Const<47493>, Const<47494>, Const<47495>, Const<47496>, Const<47497>, Const<47498>, Const<47499>, Const<47500>, Const<47501>, Const<47502>, Const<47503>),
        (Const<47504>, Const<47505>, Const<47506>, Const<47507>, Const<47508>, Const<47509>, Const<47510>, Const<47511>, Const<47512>, Const<47513>, Const<47514>, Const<47515>, Const<47516>, Const<47517>, Const<47518>, Const<47519>),
        (Const<47520>, Const<47521>, Const<47522>, Const<47523>, Const<47524>, Const<47525>, Const<47526>, Const<47527>, Const<47528>, Const<47529>, Const<47530>, Const<47531>, Const<47532>, Const<47533>, Const<47534>, Const<47535>),
        (Const<47536>, Const<47537>, Const<47538>, Const<47539>, Const<47540>, Const<47541>, Const<47542>, Const<47543>, Const<47544>, Const<47545>, Const<47546>, Const<47547>, Const<47548>, Const<47549>, Const<47550>, Const<47551>),
        (Const<47552>, Const<47553>, Const<47554>, Const<47555>, Const<47556>, Const<47557>, Const<47558>, Const<47559>, Const<47560>, Const<47561>, Const<47562>, Const<47563>, Const<47564>, Const<47565>, Const<47566>, Const<47567>),
        (Const<47568>, Const<47569>, Const<47570>, Const<47571>, Const<47572>, Const<47573>, Const<47574>, Const<47575>, Const<47576>, Const<47577>, Const<47578>, Const<47579>, Const<47580>, Const<47581>, Const<47582>, Const<47583>),
        (Const<47584>, Const<47585>, Const<47586>, Const<47587>, Const<47588>, Const<47589>, Const<47590>, Const<47591>, Const<47592>, Const<47593>, Const<47594>, Const<47595>, Const<47596>, Const<47597>, Const<47598>, Const<47599>),
        (Const<47600>, Const<47601>, Const<47602>, Const<47603>, Const<47604>, Const<47605>, Const<47606>, Const<47607>, Const<47608>, Const<47609>, Const<47610>, Const<47611>, Const<47612>, Const<47613>, Const<47614>, Const<47615>),
    );
}

impl Row for typenum::consts::U186 {
    type Cols = (
        (Const<47616>, Const<47617>, Const<47618>, Const<47619>, Const<47620>, Const<47621>, Const<47622>, Const<47623>, Const<47624>, Const<47625>, Const<47626>, Const<47627>, Const<47628>, Const<47629>, Const<47630>, Const<47631>),
        (Const<47632>, Const<47633>, Const<47634>, Const<47635>, Const<47636>, Const<47637>, Const<47638>, Const<47639>, Const<47640>, Const<47641>, Const<47642>, Const<47643>, Const<47644>, Const<47645>, Const<47646>, Const<47647>),
        (Const<47648>, Const<47649>, Const<47650>, Const<47651>, Const<47652>, Const<47653>, Const<47654>, Const<47655>, Const<47656>, Const<47657>, Const<47658>, Const<47659>, Const<47660>, Const<47661>, Const<47662>, Const<47663>),
        (Const<47664>, Const<47665>, Const<47666>, Const<47667>, Const<47668>, Const<47669>, Const<47670>, Const<47671>, Const<47672>, Const<47673>, Const<47674>, Const<47675>, Const<47676>, Const<47677>, Const<47678>, Const<47679>),
        (Const<47680>, Const<47681>, Const<47682>, Const<47683>, Const<47684>, Const<47685>, Const<47686>, Const<47687>, Const<47688>, Const<47689>, Const<47690>, Const<47691>, Const<47692>, Const<47693>, Const<47694>, Const<47695>),
        (Const<47696>, Const<47697>, Const<47698>, Const<47699>, Const<47700>, Const<47701>, Const<47702>, Const<47703>, Const<47704>, Const<47705>, Const<47706>, Const<47707>, Const<47708>, Const<47709>, Const<47710>, Const<47711>),
        (Const<47712>, Const<47713>, Const<47714>, Const<47715>, Const<47716>, Const<47717>, Const<47718>, Const<47719>, Const<47720>, Const<47721>, Const<47722>, Const<47723>, Const<47724>, Const<47725>, Const<47726>, Const<47727>),
        (Const<47728>, Const<47729>, Const<47730>, Const<47731>, Const<47732>, Const<47733>, Const<47734>, Const<47735>, Const<47736>, Const<47737>, Const<47738>, Const<47739>, Const<47740>, Const<47741>, Const<47742>, Const<47743>),
        (Const<47744>, Const<47745>, Const<47746>, Const<47747>, Const<47748>, Const<47749>, Const<47750>, Const<47751>, Const<47752>, Const<47753>, Const<47754>, Const<47755>, Const<47756>, Const<47757>, Const<47758>, Const<47759>),
        (Const<47760>, Const<47761>, Const<47762>, Const<47763>, Const<47764>, Const<47765>, Const<47766>, Const<47767>, Const<47768>, Const<47769>, Const<47770>, Const<47771>, Const<47772>, Const<47773>, Const<47774>, Const<47775>),
        (Const<47776>, Const<47777>, Const<47778>, Const<47779>, Const<47780>, Const<47781>, Const<47782>, Const<47783>, Const<47784>, Const<47785>, Const<47786>, Const<47787>, Const<47788>, Const<47789>, Const<47790>, Const<47791>),
        (Const<47792>, Const<47793>, Const<47794>, Const<47795>, Const<47796>, Const<47797>, Const<47798>, Const<47799>, Const<47800>, Const<47801>, Const<47802>, Const<47803>, Const<47804>, Const<47805>, Const<47806>, Const<47807>),
        (Const<47808>, Const<47809>, Const<47810>, Const<47811>, Const<47812>, Const<47813>, Const<47814>, Const<47815>, Const<47816>, Const<47817>, Const<47818>, Const<47819>, Const<47820>, Const<47821>, Const<47822>, Const<47823>),
        (Const<47824>, Const<47825>, Const<47826>, Const<47827>, Const<47828>, Const<47829>, Const<47830>, Const<47831>, Const<47832>, Const<47833>, Const<47834>, Const<47835>, Const<47836>, Const<47837>, Const<47838>, Const<47839>),
        (Const<47840>, Const<47841>, Const<47842>, Const<47843>, Const<47844>, Const<47845>, Const<47846>, Const<47847>, Const<47848>, Const<47849>, Const<47850>, Const<47851>, Const<47852>, Const<47853>, Const<47854>, Const<47855>),
        (Const<47856>, Const<47857>, Const<47858>, Const<47859>, Const<47860>, Const<47861>, Const<47862>, Const<47863>, Const<47864>, Const<47865>, Const<47866>, Const<47867>, Const<47868>, Const<47869>, Const<47870>, Const<47871>),
    );
}

impl Row for typenum::consts::U187 {
    type Cols = (
        (Const<47872>, Const<47873>, Const<47874>, Const<47875>, Const<47876>, Const<47877>, Const<47878>, Const<47879>, Const<47880>, Const<47881>, Const<47882>, Const<47883>, Const<47884>, Const<47885>, Const<47886>, Const<47887>),
        (Const<47888>, Const<47889>, Const<47890>, Const<47891>, Const<47892>, Const<47893>, Const<47894>, Const<47895>, Const<47896>, Const<47897>, Const<47898>, Const<47899>, Const<47900>, Const<47901>, Const<47902>, Const<47903>),
        (Const<47904>, Const<47905>, Const<47906>, Const<47907>, Const<47908>, Const<47909>, Const<47910>, Const<47911>, Const<47912>, Const<47913>, Const<47914>, Const<47915>, Const<47916>, Const<47917>, Const<47918>, Const<47919>),
        (Const<47920>, Const<47921>, Const<47922>, Const<47923>, Const<47924>, Const<47925>, Const<47926>, Const<47927>, Const<47928>, Const<47929>, Const<47930>, Const<47931>, Const<47932>, Const<47933>, Const<47934>, Const<47935>),
        (Const<47936>, Const<47937>, Const<47938>, Const<47939>, Const<47940>, Const<47941>, Const<47942>, Const<47943>, Const<47944>, Const<47945>, Const<47946>, Const<47947>, Const<47948>, Const<47949>, Const<47950>, Const<47951>),
        (Const<47952>, Const<47953>, Const<47954>, Const<47955>, Const<47956>, Const<47957>, Const<47958>, Const<47959>, Const<47960>, Const<47961>, Const<47962>, Const<47963>, Const<47964>, Const<47965>, Const<47966>, Const<47967>),
        (Const<47968>, Const<47969>, Const<47970>, Const<47971>, Const<47972>, Const<47973>, Const<47974>, Const<47975>, Const<47976>, Const<47977>, Const<47978>, Const<47979>, Const<47980>, Const<47981>, Const<47982>, Const<47983>),
        (Const<47984>, Const<47985>, Const<47986>, Const<47987>, Const<47988>, Const<47989>, Const<47990>, Const<47991>, Const<47992>, Const<47993>, Const<47994>, Const<47995>, Const<47996>, Const<47997>, Const<47998>, Const<47999>),
        (Const<48000>, Const<48001>, Const<48002>, Const<48003>, Const<48004>, Const<48005>, Const<48006>, Const<48007>, Const<48008>, Const<48009>, Const<48010>, Const<48011>, Const<48012>, Const<48013>, Const<48014>, Const<48015>),
        (Const<48016>, Const<48017>, Const<48018>, Const<48019>, Const<48020>, Const<48021>, Const<48022>, Const<48023>, Const<48024>, Const<48025>, Const<48026>, Const<48027>, Const<48028>, Const<48029>, Const<48030>, Const<48031>),
        (Const<48032>, Const<48033>, Const<48034>, Const<48035>, Const<48036>, Const<48037>, Const<48038>, Const<48039>, Const<48040>, Const<48041>, Const<48042>, Const<48043>, Const<48044>, Const<48045>, Const<48046>, Const<48047>),
        (Const<48048>, Const<48049>, Const<48050>, Const<48051>, Const<48052>, Const<48053>, Const<48054>, Const<48055>, Const<48056>, Const<48057>, Const<48058>, Const<48059>, Const<48060>, Const<48061>, Const<48062>, Const<48063>),
        (Const<48064>, Const<48065>, Const<48066>, Const<48067>, Const<48068>, Const<48069>, Const<48070>, Const<48071>, Const<48072>, Const<48073>, Const<48074>, Const<48075>, Const<48076>, Const<48077>, Const<48078>, Const<48079>),
        (Const<48080>, Const<48081>, Const<48082>, Const<48083>, Const<48084>, Const<48085>, Const<48086>, Const<48087>, Const<48088>, Const<48089>, Const<48090>, Const<48091>, Const<48092>, Const<48093>, Const<48094>, Const<48095>),
        (Const<48096>, Const<48097>, Const<48098>, Const<48099>, Const<48100>, Const<48101>, Const<48102>, Const<48103>, Const<48104>, Const<48105>, Const<48106>, Const<48107>, Const<48108>, Const<48109>, Const<48110>, Const<48111>),
        (Const<48112>, Const<48113>, Const<48114>, Const<48115>, Const<48116>, Const<48117>, Const<48118>, Const<48119>, Const<48120>, Const<48121>, Const<48122>, Const<48123>, Const<48124>, Const<48125>, Const<48126>, Const<48127>),
    );
}

impl Row for typenum::consts::U188 {
    type Cols = (
        (Const<48128>, Const<48129>, Const<48130>, Const<48131>, Const<48132>, Const<48133>, Const<48134>, Const<48135>, Const<48136>, Const<48137>, Const<48138>, Const<48139>, Const<48140>, Const<48141>, Const<48142>, Const<48143>),
        (Const<48144>, Const<48145>, Const<48146>, Const<48147>, Const<48148>, Const<48149>, Const<48150>, Const<48151>, Const<48152>, Const<48153>, Const<48154>, Const<48155>, Const<48156>, Const<48157>, Const<48158>, Const<48159>),
        (Const<48160>, Const<48161>, Const<48162>, Const<48163>, Const<48164>, Const<48165>, Const<48166>, Const<48167>, Const<48168>, Const<48169>, Const<48170>, Const<48171>, Const<48172>, Const<48173>, Const<48174>, Const<48175>),
        (Const<48176>, Const<48177>, Const<48178>, Const<48179>, Const<48180>, Const<48181>, Const<48182>, Const<48183>, Const<48184>, Const<48185>, Const<48186>, Const<48187>, Const<48188>, Const<48189>, Const<48190>, Const<48191>),
        (Const<48192>, Const<48193>, Const<48194>, Const<48195>, Const<48196>, Const<48197>, Const<48198>, Const<48199>, Const<48200>, Const<48201>, Const<48202>, Const<48203>, Const<48204>, Const<48205>, Const<48206>, Const<48207>),
        (Const<48208>, Const<48209>, Const<48210>, Const<48211>, Const<48212>, Const<48213>, Const<48214>, Const<48215>, Const<48216>, Const<48217>, Const<48218>, Const<48219>, Const<48220>, Const<48221>, Const<48222>, Const<48223>),
        (Const<48224>, Const<48225>, Const<48226>, Const<48227>, Const<48228>, Const<48229>, Const<48230>, Const<48231>, Const<48232>, Const<48233>, Const<48234>, Const<48235>, Const<48236>, Const<48237>, Const<48238>, Const<48239>),
        (Const<48240>, Const<48241>, Const<48242>, Const<48243>, Const<48244>, Const<48245>, Const<48246>, Const<48247>, Const<48248>, Const<48249>, Const<48250>, Const<48251>, Const<48252>, Const<48253>, Const<48254>, Const<48255>),
        (Const<48256>, Const<48257>, Const<48258>, Const<48259>, Const<48260>, Const<48261>, Const<48262>, Const<48263>, Const<48264>, Const<48265>, Const<48266>, Const<48267>, Const<48268>, Const<48269>, Const<48270>, Const<48271>),
        (Const<48272>, Const<48273>, Const<48274>, Const<48275>, Const<48276>, Const<48277>, Const<48278>, Const<48279>, Const<48280>, Const<48281>, Const<48282>, Const<48283>, Const<48284>, Const<48285>, Const<48286>, Const<48287>),
        (Const<48288>, Const<48289>, Const<48290>, Const<48291>, Const<48292>, Const<48293>, Const<48294>, Const<48295>, Const<48296>, Const<48297>, Const<48298>, Const<48299>, Const<48300>, Const<48301>, Const<48302>, Const<48303>),
        (Const<48304>, Const<48305>, Const<48306>, Const<48307>, Const<48308>, Const<48309>, Const<48310>, Const<48311>, Const<48312>, Const<48313>, Const<48314>, Const<48315>, Const<48316>, Const<48317>, Const<48318>, Const<48319>),
        (Const<48320>, Const<48321>, Const<48322>, Const<48323>, Const<48324>, Const<48325>, Const<48326>, Const<48327>, Const<48328>, Const<48329>, Const<48330>, Const<48331>, Const<48332>, Const<48333>, Const<48334>, Const<48335>),
        (Const<48336>, Const<48337>, Const<48338>, Const<48339>, Const<48340>, Const<48341>, Const<48342>, Const<48343>, Const<48344>, Const<48345>, Const<48346>, Const<48347>, Const<48348>, Const<48349>, Const<48350>, Const<48351>),
        (Const<48352>, Const<48353>, Const<48354>, Const<48355>, Const<48356>, Const<48357>, Const<48358>, Const<48359>, Const<48360>, Const<48361>, Const<48362>, Const<48363>, Const<48364>, Const<48365>, Const<48366>, Const<48367>),
        (Const<48368>, Const<48369>, Const<48370>, Const<48371>, Const<48372>, Const<48373>, Const<48374>, Const<48375>, Const<48376>, Const<48377>, Const<48378>, Const<48379>, Const<48380>, Const<48381>, Const<48382>, Const<48383>),
    );
}

impl Row for typenum::consts::U189 {
    type Cols = (
        (Const<48384>, Const<48385>, Const<48386>, Const<48387>, Const<48388>, Const<48389>, Const<48390>, Const<48391>, Const<48392>, Const<48393>, Const<48394>, Const<48395>, Const<48396>, Const<48397>, Const<48398>, Const<48399>),
        (Const<48400>, Const<48401>, Const<48402>, Const<48403>, Const<48404>, Const<48405>, Const<48406>, Const<48407>, Const<48408>, Const<48409>, Const<48410>, Const<48411>, Const<48412>, Const<48413>, Const<48414>, Const<48415>),
        (Const<48416>, Const<48417>, Const<48418>, Const<48419>, Const<48420>, Const<48421>, Const<48422>, Const<48423>, Const<48424>, Const<48425>, Const<48426>, Const<48427>, Const<48428>, Const<48429>, Const<48430>, Const<48431>),
        (Const<48432>, Const<48433>, Const<48434>, Const<48435>, Const<48436>, Const<48437>, Const<48438>, Const<48439>, Const<48440>, Const<48441>, Const<48442>, Const<48443>, Const<48444>, Const<48445>, Const<48446>, Const<48447>),
        (Const<48448>, Const<48449>, Const<48450>, Const<48451>, Const<48452>, Const<48453>, Const<48454>, Const<48455>, Const<48456>, Const<48457>, Const<48458>, Const<48459>, Const<48460>, Const<48461>, Const<48462>, Const<48463>),
        (Const<48464>, Const<48465>, Const<48466>, Const<48467>, Const<48468>, Const<48469>, Const<48470>, Const<48471>, Const<48472>, Const<48473>, Const<48474>, Const<48475>, Const<48476>, Const<48477>, Const<48478>, Const<48479>),
        (Const<48480>, Const<48481>, Const<48482>, Const<48483>, Const<48484>, Const<48485>, Const<48486>, Const<48487>, Const<48488>, Const<48489>, Const<48490>, Const<48491>, Const<48492>, Const<48493>, Const<48494>, Const<48495>),
        (Const<48496>, Const<48497>, Const<48498>, Const<48499>, Const<48500>, Const<48501>, Const<48502>, Const<48503>, Const<48504>, Const<48505>, Const<48506>, Const<48507>, Const<48508>, Const<48509>, Const<48510>, Const<48511>),
        (Const<48512>, Const<48513>, Const<48514>, Const<48515>, Const<48516>, Const<48517>, Const<48518>, Const<48519>, Const<48520>, Const<48521>, Const<48522>, Const<48523>, Const<48524>, Const<48525>, Const<48526>, Const<48527>),
        (Const<48528>, Const<48529>, Const<48530>, Const<48531>, Const<48532>, Const<48533>, Const<48534>, Const<48535>, Const<48536>, Const<48537>, Const<48538>, Const<48539>, Const<48540>, Const<48541>, Const<48542>, Const<48543>),
        (Const<48544>, Const<48545>, Const<48546>, Const<48547>, Const<48548>, Const<48549>, Const<48550>, Const<48551>, Const<48552>, Const<48553>, Const<48554>, Const<48555>, Const<48556>, Const<48557>, Const<48558>, Const<48559>),
        (Const<48560>, Const<48561>, Const<48562>, Const<48563>, Const<48564>, Const<48565>, Const<48566>, Const<48567>, Const<48568>, Const<48569>, Const<48570>, Const<48571>, Const<48572>, Const<48573>, Const<48574>, Const<48575>),
        (Const<48576>, Const<48577>, Const<48578>, Const<48579>, Const<48580>, Const<48581>, Const<48582>, Const<48583>, Const<48584>, Const<48585>, Const<48586>, Const<48587>, Const<48588>, Const<48589>, Const<48590>, Const<48591>),
        (Const<48592>, Const<48593>, Const<48594>, Const<48595>, Const<48596>, Const<48597>, Const<48598>, Const<48599>, Const<48600>, Const<48601>, Const<48602>, Const<48603>, Const<48604>, Const<48605>, Const<48606>, Const<48607>),
        (Const<48608>, Const<48609>, Const<48610>, Const<48611>, Const<48612>, Const<48613>, Const<48614>, Const<48615>, Const<48616>, Const<48617>, Const<48618>, Const<48619>, Const<48620>, Const<48621>, Const<48622>, Const<48623>),
        (Const<48624>, Const<48625>, Const<48626>, Const<48627>, Const<48628>, Const<48629>, Const<48630>, Const<48631>, Const<48632>, Const<48633>, Const<48634>, Const<48635>, Const<48636>, Const<48637>, Const<48638>, Const<48639>),
    );
}

impl Row for typenum::consts::U190 {
    type Cols = (
        (Const<48640>, Const<48641>, Const<48642>, Const<48643>, Const<48644>, Const<48645>, Const<48646>, Const<48647>, Const<48648>, Const<48649>, Const<48650>, Const<48651>, Const<48652>, Const<48653>, Const<48654>, Const<48655>),
        (Const<48656>, Const<48657>, Const<48658>, Const<48659>, Const<48660>, Const<48661>, Const<48662>, Const<48663>, Const<48664>, Const<48665>, Const<48666>, Const<48667>, Const<48668>, Const<48669>, Const<48670>, Const<48671>),
        (Const<48672>, Const<48673>, Const<48674>, Const<48675>, Const<48676>, Const<48677>, Const<48678>, Const<48679>, Const<48680>, Const<48681>, Const<48682>, Const<48683>, Const<48684>, Const<48685>, Const<48686>, Const<48687>),
        (Const<48688>, Const<48689>, Const<48690>, Const<48691>, Const<48692>, Const<48693>, Const<48694>, Const<48695>, Const<48696>, Const<48697>, Const<48698>, Const<48699>, Const<48700>, Const<48701>, Const<48702>, Const<48703>),
        (Const<48704>, Const<48705>, Const<48706>, Const<48707>, Const<48708>, Const<48709>, Const<48710>, Const<48711>, Const<48712>, Const<48713>, Const<48714>, Const<48715>, Const<48716>, Const<48717>, Const<48718>, Const<48719>),
        (Const<48720>, Const<48721>, Const<48722>, Const<48723>, Const<48724>, Const<48725>, Const<48726>, Const<48727>, Const<48728>, Const<48729>, Const<48730>, Const<48731>, Const<48732>, Const<48733>, Const<48734>, Const<48735>),
        (Const<48736>, Const<48737>, Const<48738>, Const<48739>, Const<48740>, Const<48741>, Const<48742>, Const<48743>, Const<48744>, Const<48745>, Const<48746>, Const<48747>, Const<48748>, Const<48749>, Const<48750>, Const<48751>),
        (Const<48752>, Const<48753>, Const<48754>, Const<48755>, Const<48756>, Const<48757>, Const<48758>, Const<48759>, Const<48760>, Const<48761>, Const<48762>, Const<48763>, Const<48764>, Const<48765>, Const<48766>, Const<48767>),
        (Const<48768>, Const<48769>, Const<48770>, Const<48771>, Const<48772>, Const<48773>, Const<48774>, Const<48775>, Const<48776>, Const<48777>, Const<48778>, Const<48779>, Const<48780>, Const<48781>, Const<48782>, Const<48783>),
        (Const<48784>, Const<48785>, Const<48786>, Const<48787>, Const<48788>, Const<48789>, Const<48790>, Const<48791>, Const<48792>, Const<48793>, Const<48794>, Const<48795>, Const<48796>, Const<48797>, Const<48798>, Const<48799>),
        (Const<48800>, Const<48801>, Const<48802>, Const<48803>, Const<48804>, Const<48805>, Const<48806>, Const<48807>, Const<48808>, Const<48809>, Const<48810>, Const<48811>, Const<48812>, Const<48813>, Const<48814>, Const<48815>),
        (Const<48816>, Const<48817>, Const<48818>, Const<48819>, Const<48820>, Const<48821>, Const<48822>, Const<48823>, Const<48824>, Const<48825>, Const<48826>, Const<48827>, Const<48828>, Const<48829>, Const<48830>, Const<48831>),
        (Const<48832>, Const<48833>, Const<48834>, Const<48835>, Const<48836>, Const<48837>, Const<48838>, Const<48839>, Const<48840>, Const<48841>, Const<48842>, Const<48843>, Const<48844>, Const<48845>, Const<48846>, Const<48847>),
        (Const<48848>, Const<48849>, Const<48850>, Const<48851>, Const<48852>, Const<48853>, Const<48854>, Const<48855>, Const<48856>, Const<48857>, Const<48858>, Const<48859>, Const<48860>, Const<48861>, Const<48862>, Const<48863>),
        (Const<48864>, Const<48865>, Const<48866>, Const<48867>, Const<48868>, Const<48869>, Const<48870>, Const<48871>, Const<48872>, Const<48873>, Const<48874>, Const<48875>, Const<48876>, Const<48877>, Const<48878>, Const<48879>),
        (Const<48880>, Const<48881>, Const<48882>, Const<48883>, Const<48884>, Const<48885>, Const<48886>, Const<48887>, Const<48888>, Const<48889>, Const<48890>, Const<48891>, Const<48892>, Const<48893>, Const<48894>, Const<48895>),
    );
}

impl Row for typenum::consts::U191 {
    type Cols = (
        (Const<48896>, Const<48897>, Const<48898>, Const<48899>, Const<48900>, Const<48901>, Const<48902>, Const<48903>, Const<48904>, Const<48905>, Const<48906>, Const<48907>, Const<48908>, Const<48909>, Const<48910>, Const<48911>),
        (Const<48912>, Const<48913>, Const<48914>, Const<48915>, Const<48916>, Const<48917>, Const<48918>, Const<48919>, Const<48920>, Const<48921>, Const<48922>, Const<48923>, Const<48924>, Const<48925>, Const<48926>, Const<48927>),
        (Const<48928>, Const<48929>, Const<48930>, Const<48931>, Const<48932>, Const<48933>, Const<48934>, Const<48935>, Const<48936>, Const<48937>, Const<48938>, Const<48939>, Const<48940>, Const<48941>, Const<48942>, Const<48943>),
        (Const<48944>, Const<48945>, Const<48946>, Const<48947>, Const<48948>, Const<48949>, Const<48950>, Const<48951>, Const<48952>, Const<48953>, Const<48954>, Const<48955>, Const<48956>, Const<48957>, Const<48958>, Const<48959>),
        (Const<48960>, Const<48961>, Const<48962>, Const<48963>, Const<48964>, Const<48965>, Const<48966>, Const<48967>, Const<48968>, Const<48969>, Const<48970>, Const<48971>, Const<48972>, Const<48973>, Const<48974>, Const<48975>),
        (Const<48976>, Const<48977>, Const<48978>, Const<48979>, Const<48980>, Const<48981>, Const<48982>, Const<48983>, Const<48984>, Const<48985>, Const<48986>, Const<48987>, Const<48988>, Const<48989>, Const<48990>, Const<48991>),
        (Const<48992>, Const<48993>, Const<48994>, Const<48995>, Const<48996>, Const<48997>, Const<48998>, Const<48999>, Const<49000>, Const<49001>, Const<49002>, Const<49003>, Const<49004>, Const<49005>, Const<49006>, Const<49007>),
        (Const<49008>, Const<49009>, Const<49010>, Const<49011>, Const<49012>, Const<49013>, Const<49014>, Const<49015>, Const<49016>, Const<49017>, Const<49018>, Const<49019>, Const<49020>, Const<49021>, Const<49022>, Const<49023>),
        (Const<49024>, Const<49025>, Const<49026>, Const<49027>, Const<49028>, Const<49029>, Const<49030>, Const<49031>, Const<49032>, Const<49033>, Const<49034>, Const<49035>, Const<49036>, Const<49037>, Const<49038>, Const<49039>),
        (Const<49040>, Const<49041>, Const<49042>, Const<49043>, Const<49044>, Const<49045>, Const<49046>, Const<49047>, Const<49048>, Const<49049>, Const<49050>, Const<49051>, Const<49052>, Const<49053>, Const<49054>, Const<49055>),
        (Const<49056>, Const<49057>, Const<49058>, Const<49059>, Const<49060>, Const<49061>, Const<49062>, Const<49063>, Const<49064>, Const<49065>, Const<49066>, Const<49067>, Const<49068>, Const<49069>, Const<49070>, Const<49071>),
        (Const<49072>, Const<49073>, Const<49074>, Const<49075>, Const<49076>, Const<49077>, Const<49078>, Const<49079>, Const<49080>, Const<49081>, Const<49082>, Const<49083>, Const<49084>, Const<49085>, Const<49086>, Const<49087>),
        (Const<49088>, Const<49089>, Const<49090>, Const<49091>, Const<49092>, Const<49093>, Const<49094>, Const<49095>, Const<49096>, Const<49097>, Const<49098>, Const<49099>, Const<49100>, Const<49101>, Const<49102>, Const<49103>),
        (Const<49104>, Const<49105>, Const<49106>, Const<49107>, Const<49108>, Const<49109>, Const<49110>, Const<49111>, Const<49112>, Const<49113>, Const<49114>, Const<49115>, Const<49116>, Const<49117>, Const<49118>, Const<49119>),
        (Const<49120>, Const<49121>, Const<49122>, Const<49123>, Const<49124>, Const<49125>, Const<49126>, Const<49127>, Const<49128>, Const<49129>, Const<49130>, Const<49131>, Const<49132>, Const<49133>, Const<49134>, Const<49135>),
        (Const<49136>, Const<49137>, Const<49138>, Const<49139>, Const<49140>, Const<49141>, Const<49142>, Const<49143>, Const<49144>, Const<49145>, Const<49146>, Const<49147>, Const<49148>, Const<49149>, Const<49150>, Const<49151>),
    );
}

impl Row for typenum::consts::U192 {
    type Cols = (
        (Const<49152>, Const<49153>, Const<49154>, Const<49155>, Const<49156>, Const<49157>, Const<49158>, Const<49159>, Const<49160>, Const<49161>, Const<49162>, Const<49163>, Const<49164>, Const<49165>, Const<49166>, Const<49167>),
        (Const<49168>, Const<49169>, Const<49170>, Const<49171>, Const<49172>, Const<49173>, Const<49174>, Const<49175>, Const<49176>, Const<49177>, Const<49178>, Const<49179>, Const<49180>, Const<49181>, Const<49182>, Const<49183>),
        (Const<49184>, Const<49185>, Const<49186>, Const<49187>, Const<49188>, Const<49189>, Const<49190>, Const<49191>, Const<49192>, Const<49193>, Const<49194>, Const<49195>, Const<49196>, Const<49197>, Const<49198>, Const<49199>),
        (Const<49200>, Const<49201>, Const<49202>, Const<49203>, Const<49204>, Const<49205>, Const<49206>, Const<49207>, Const<49208>, Const<49209>, Const<49210>, Const<49211>, Const<49212>, Const<49213>, Const<49214>, Const<49215>),
        (Const<49216>, Const<49217>, Const<49218>, Const<49219>, Const<49220>, Const<49221>, Const<49222>, Const<49223>, Const<49224>, Const<49225>, Const<49226>, Const<49227>, Const<49228>, Const<49229>, Const<49230>, Const<49231>),
        (Const<49232>, Const<49233>, Const<49234>, Const<49235>, Const<49236>, Const<49237>, Const<49238>, Const<49239>, Const<49240>, Const<49241>, Const<49242>, Const<49243>, Const<49244>, Const<49245>, Const<49246>, Const<49247>),
        (Const<49248>, Const<49249>, Const<49250>, Const<49251>, Const<49252>, Const<49253>, Const<49254>, Const<49255>, Const<49256>, Const<49257>, Const<49258>, Const<49259>, Const<49260>, Const<49261>, Const<49262>, Const<49263>),
        (Const<49264>, Const<49265>, Const<49266>, Const<49267>, Const<49268>, Const<49269>, Const<49270>, Const<49271>, Const<49272>, Const<49273>, Const<49274>, Const<49275>, Const<49276>, Const<49277>, Const<49278>, Const<49279>),
        (Const<49280>, Const<49281>, Const<49282>, Const<49283>, Const<49284>, Const<49285>, Const<49286>, Const<49287>, Const<49288>, Const<49289>, Const<49290>, Const<49291>, Const<49292>, Const<49293>, Const<49294>, Const<49295>),
        (Const<49296>, Const<49297>, Const<49298>, Const<49299>, Const<49300>, Const<49301>, Const<49302>, Const<49303>, Const<49304>, Const<49305>, Const<49306>, Const<49307>, Const<49308>, Const<49309>, Const<49310>, Const<49311>),
        (Const<49312>, Const<49313>, Const<49314>, Const<49315>, Const<49316>, Const<49317>, Const<49318>, Const<49319>, Const<49320>, Const<49321>, Const<49322>, Const<49323>, Const<49324>, Const<49325>, Const<49326>, Const<49327>),
        (Const<49328>, Const<49329>, Const<49330>, Const<49331>, Const<49332>, Const<49333>, Const<49334>, Const<49335>, Const<49336>, Const<49337>, Const<49338>, Const<49339>, Const<49340>, Const<49341>, Const<49342>, Const<49343>),
        (Const<49344>, Const<49345>, Const<49346>, Const<49347>, Const<49348>, Const<49349>, Const<49350>, Const<49351>, Const<49352>, Const<49353>, Const<49354>, Const<49355>, Const<49356>, Const<49357>, Const<49358>, Const<49359>),
        (Const<49360>, Const<49361>, Const<49362>, Const<49363>, Const<49364>, Const<49365>, Const<49366>, Const<49367>, Const<49368>, Const<49369>, Const<49370>, Const<49371>, Const<49372>, Const<49373>, Const<49374>, Const<49375>),
        (Const<49376>, Const<49377>, Const<49378>, Const<49379>, Const<49380>, Const<49381>, Const<49382>, Const<49383>, Const<49384>, Const<49385>, Const<49386>, Const<49387>, Const<49388>, Const<49389>, Const<49390>, Const<49391>),
        (Const<49392>, Const<49393>, Const<49394>, Const<49395>, Const<49396>, Const<49397>, Const<49398>, Const<49399>, Const<49400>, Const<49401>, Const<49402>, Const<49403>, Const<49404>, Const<49405>, Const<49406>, Const<49407>),
    );
}

impl Row for typenum::consts::U193 {
    type Cols = (
        (Const<49408>, Const<49409>, Const<49410>, Const<49411>, Const<49412>, Const<49413>, Const<49414>, Const<49415>, Const<49416>, Const<49417>, Const<49418>, Const<49419>, Const<49420>, Const<49421>, Const<49422>, Const<49423>),
        (Const<49424>, Const<49425>, Const<49426>, Const<49427>, Const<49428>, Const<49429>, Const<49430>, Const<49431>, Const<49432>, Const<49433>, Const<49434>, Const<49435>, Const<49436>, Const<49437>, Const<49438>, Const<49439>),
        (Const<49440>, Const<49441>, Const<49442>, Const<49443>, Const<49444>, Const<49445>, Const<49446>, Const<49447>, Const<49448>, Const<49449>, Const<49450>, Const<49451>, Const<49452>, Const<49453>, Const<49454>, Const<49455>),
        (Const<49456>, Const<49457>, Const<49458>, Const<49459>, Const<49460>, Const<49461>, Const<49462>, Const<49463>, Const<49464>, Const<49465>, Const<49466>, Const<49467>, Const<49468>, Const<49469>, Const<49470>, Const<49471>),
        (Const<49472>, Const<49473>, Const<49474>, Const<49475>, Const<49476>, Const<49477>, Const<49478>, Const<49479>, Const<49480>, Const<49481>, Const<49482>, Const<49483>, Const<49484>, Const<49485>, Const<49486>, Const<49487>),
        (Const<49488>, Const<49489>, Const<49490>, Const<49491>, Const<49492>, Const<49493>, Const<49494>, Const<49495>, Const<49496>, Const<49497>, Const<49498>, Const<49499>, Const<49500>, Const<49501>, Const<49502>, Const<49503>),
        (Const<49504>, Const<49505>, Const<49506>, Const<49507>, Const<49508>, Const<49509>, Const<49510>, Const<49511>, Const<49512>, Const<49513>, Const<49514>, Const<49515>, Const<49516>, Const<49517>, Const<49518>, Const<49519>),
        (Const<49520>, Const<49521>, Const<49522>, Const<49523>, Const<49524>, Const<49525>, Const<49526>, Const<49527>, Const<49528>, Const<49529>, Const<49530>, Const<49531>, Const<49532>, Const<49533>, Const<49534>, Const<49535>),
        (Const<49536>, Const<49537>, Const<49538>, Const<49539>, Const<49540>, Const<49541>, Const<49542>, Const<49543>, Const<49544>, Const<49545>, Const<49546>, Const<49547>, Const<49548>, Const<49549>, Const<49550>, Const<49551>),
        (Const<49552>, Const<49553>, Const<49554>, Const<49555>, Const<49556>, Const<49557>, Const<49558>, Const<49559>, Const<49560>, Const<49561>, Const<49562>, Const<49563>, Const<49564>, Const<49565>, Const<49566>, Const<49567>),
        (Const<49568>, Const<49569>, Const<49570>, Const<49571>, Const<49572>, Const<49573>, Const<49574>, Const<49575>, Const<49576>, Const<49577>, Const<49578>, Const<49579>, Const<49580>, Const<49581>, Const<49582>, Const<49583>),
        (Const<49584>, Const<49585>, Const<49586>, Const<49587>, Const<49588>, Const<49589>, Const<49590>, Const<49591>, Const<49592>, Const<49593>, Const<49594>, Const<49595>, Const<49596>, Const<49597>, Const<49598>, Const<49599>),
        (Const<49600>, Const<49601>, Const<49602>, Const<49603>, Const<49604>, Const<49605>, Const<49606>, Const<49607>, Const<49608>, Const<49609>, Const<49610>, Const<49611>, Const<49612>, Const<49613>, Const<49614>, Const<49615>),
        (Const<49616>, Const<49617>, Const<49618>, Const<49619>, Const<49620>, Const<49621>, Const<49622>, Const<49623>, Const<49624>, Const<49625>, Const<49626>, Const<49627>, Const<49628>, Const<49629>, Const<49630>, Const<49631>),
        (Const<49632>, Const<49633>, Const<49634>, Const<49635>, Const<49636>, Const<49637>, Const<49638>, Const<49639>, Const<49640>, Const<49641>, Const<49642>, Const<49643>, Const<49644>, Const<49645>, Const<49646>, Const<49647>),
        (Const<49648>, Const<49649>, Const<49650>, Const<49651>, Const<49652>, Const<49653>, Const<49654>, Const<49655>, Const<49656>, Const<49657>, Const<49658>, Const<49659>, Const<49660>, Const<49661>, Const<49662>, Const<49663>),
    );
}

impl Row for typenum::consts::U194 {
    type Cols = (
        (Const<49664>, Const<49665>, Const<49666>, Const<49667>, Const<49668>, Const<49669>, Const<49670>, Const<49671>, Const<49672>, Const<49673>, Const<49674>, Const<49675>, Const<49676>, Const<49677>, Const<49678>, Const<49679>),
        (Const<49680>, Const<49681>, Const<49682>, Const<49683>, Const<49684>, Const<49685>, Const<49686>, Const<49687>, Const<49688>, Const<49689>, Const<49690>, Const<49691>, Const<49692>, Const<49693>, Const<49694>, Const<49695>),
        (Const<49696>, Const<49697>, Const<49698>, Const<49699>, Const<49700>, Const<49701>, Const<49702>, Const<49703>, Const<49704>, Const<49705>, Const<49706>, Const<49707>, Const<49708>, Const<49709>, Const<49710>, Const<49711>),
        (Const<49712>, Const<49713>, Const<49714>, Const<49715>, Const<49716>, Const<49717>, Const<49718>, Const<49719>, Const<49720>, Const<49721>, Const<49722>, Const<49723>, Const<49724>, Const<49725>, Const<49726>, Const<49727>),
        (Const<49728>, Const<49729>, Const<49730>, Const<49731>, Const<49732>, Const<49733>, Const<49734>, Const<49735>, Const<49736>, Const<49737>, Const<49738>, Const<49739>, Const<49740>, Const<49741>, Const<49742>, Const<49743>),
        (Const<49744>, Const<49745>, Const<49746>, Const<49747>, Const<49748>, Const<49749>, Const<49750>, Const<49751>, Const<49752>, Const<49753>, Const<49754>, Const<49755>, Const<49756>, Const<49757>, Const<49758>, Const<49759>),
        (Const<49760>, Const<49761>, Const<49762>, Const<49763>, Const<49764>, Const<49765>, Const<49766>, Const<49767>, Const<49768>, Const<49769>, Const<49770>, Const<49771>, Const<49772>, Const<49773>, Const<49774>, Const<49775>),
        (Const<49776>, Const<49777>, Const<49778>, Const<49779>, Const<49780>, Const<49781>, Const<49782>, Const<49783>, Const<49784>, Const<49785>, Const<49786>, Const<49787>, Const<49788>, Const<49789>, Const<49790>, Const<49791>),
        (Const<49792>, Const<49793>, Const<49794>, Const<49795>, Const<49796>, Const<49797>, Const<49798>, Const<49799>, Const<49800>, Const<49801>, Const<49802>, Const<49803>, Const<49804>, Const<49805>, Const<49806>, Const<49807>),
        (Const<49808>, Const<49809>, Const<49810>, Const<49811>, Const<49812>, Const<49813>, Const<49814>, Const<49815>, Const<49816>, Const<49817>, Const<49818>, Const<49819>, Const<49820>, Const<49821>, Const<49822>, Const<49823>),
        (Const<49824>, Const<49825>, Const<49826>, Const<49827>, Const<49828>, Const<49829>, Const<49830>, Const<49831>, Const<49832>, Const<49833>, Const<49834>, Const<49835>, Const<49836>, Const<49837>, Const<49838>, Const<49839>),
        (Const<49840>, Const<49841>, Const<49842>, Const<49843>, Const<49844>, Const<49845>, Const<49846>, Const<49847>, Const<49848>, Const<49849>, Const<49850>, Const<49851>, Const<49852>, Const<49853>, Const<49854>, Const<49855>),
        (Const<49856>, Const<49857>, Const<49858>, Const<49859>, Const<49860>, Const<49861>, Const<49862>, Const<49863>, Const<49864>, Const<49865>, Const<49866>, Const<49867>, Const<49868>, Const<49869>, Const<49870>, Const<49871>),
        (Const<49872>, Const<49873>, Const<49874>, Const<49875>, Const<49876>, Const<49877>, Const<49878>, Const<49879>, Const<49880>, Const<49881>, Const<49882>, Const<49883>, Const<49884>, Const<49885>, Const<49886>, Const<49887>),
        (Const<49888>, Const<49889>, Const<49890>, Const<49891>, Const<49892>, Const<49893>, Const<49894>, Const<49895>, Const<49896>, Const<49897>, Const<49898>, Const<49899>, Const<49900>, Const<49901>, Const<49902>, Const<49903>),
        (Const<49904>, Const<49905>, Const<49906>, Const<49907>, Const<49908>, Const<49909>, Const<49910>, Const<49911>, Const<49912>, Const<49913>, Const<49914>, Const<49915>, Const<49916>, Const<49917>, Const<49918>, Const<49919>),
    );
}

impl Row for typenum::consts::U195 {
    type Cols = (
        (Const<49920>, Const<49921>, Const<49922>, Const<49923>, Const<49924>, Const<49925>, Const<49926>, Const<49927>, Const<49928>, Const<49929>, Const<49930>, Const<49931>, Const<49932>, Const<49933>, Const<49934>, Const<49935>),
        (Const<49936>, Const<49937>, Const<49938>, Const<49939>, Const<49940>, Const<49941>, Const<49942>, Const<49943>, Const<49944>, Const<49945>, Const<49946>, Const<49947>, Const<49948>, Const<49949>, Const<49950>, Const<49951>),
        (Const<49952>, Const<49953>, Const<49954>, Const<49955>, Const<49956>, Const<49957>, Const<49958>, Const<49959>, Const<49960>, Const<49961>, Const<49962>, Const<49963>, Const<49964>, Const<49965>, Const<49966>, Const<49967>),
        (Const<49968>, Const<49969>, Const<49970>, Const<49971>, Const<49972>, Const<49973>, Const<49974>, Const<49975>, Const<49976>, Const<49977>, Const<49978>, Const<49979>, Const<49980>, Const<49981>, Const<49982>, Const<49983>),
        (Const<49984>, Const<49985>, Const<49986>, Const<49987>, Const<49988>, Const<49989>, Const<49990>, Const<49991>, Const<49992>, Const<49993>, Const<49994>, Const<49995>, Const<49996>, Const<49997>, Const<49998>, Const<49999>),
        (Const<50000>, Const<50001>, Const<50002>, Const<50003>, Const<50004>, Const<50005>, Const<50006>, Const<50007>, Const<50008>, Const<50009>, Const<50010>, Const<50011>, Const<50012>, Const<50013>, Const<50014>, Const<50015>),
        (Const<50016>, Const<50017>, Const<50018>, Const<50019>, Const<50020>, Const<50021>, Const<50022>, Const<50023>, Const<50024>, Const<50025>, Const<50026>, Const<50027>, Const<50028>, Const<50029>, Const<50030>, Const<50031>),
        (Const<50032>, Const<50033>, Const<50034>, Const<50035>, Const<50036>, Const<50037>, Const<50038>, Const<50039>, Const<50040>, Const<50041>, Const<50042>, Const<50043>, Const<50044>, Const<50045>, Const<50046>, Const<50047>),
        (Const<50048>, Const<50049>, Const<50050>, Const<50051>, Const<50052>, Const<50053>, Const<50054>, Const<50055>, Const<50056>, Const<50057>, Const<50058>, Const<50059>, Const<50060>, Const<50061>, Const<50062>, Const<50063>),
        (Const<50064>, Const<50065>, Const<50066>, Const<50067>, Const<50068>, Const<50069>, Const<50070>, Const<50071>, Const<50072>, Const<50073>, Const<50074>, Const<50075>, Const<50076>, Const<50077>, Const<50078>, Const<50079>),
        (Const<50080>, Const<50081>, Const<50082>, Const<50083>, Const<50084>, Const<50085>, Const<50086>, Const<50087>, Const<50088>, Const<50089>, Const<50090>, Const<50091>, Const<50092>, Const<50093>, Const<50094>, Const<50095>),
        (Const<50096>, Const<50097>, Const<50098>, Const<50099>, Const<50100>, Const<50101>, Const<50102>, Const<50103>, Const<50104>, Const<50105>, Const<50106>, Const<50107>, Const<50108>, Const<50109>, Const<50110>, Const<50111>),
        (Const<50112>, Const<50113>, Const<50114>, Const<50115>, Const<50116>, Const<50117>, Const<50118>, Const<50119>, Const<50120>, Const<50121>, Const<50122>, Const<50123>, Const<50124>, Const<50125>, Const<50126>, Const<50127>),
        (Const<50128>, Const<50129>, Const<50130>, Const<50131>, Const<50132>, Const<50133>, Const<50134>, Const<50135>, Const<50136>, Const<50137>, Const<50138>, Const<50139>, Const<50140>, Const<50141>, Const<50142>, Const<50143>),
        (Const<50144>, Const<50145>, Const<50146>, Const<50147>, Const<50148>, Const<50149>, Const<50150>, Const<50151>, Const<50152>, Const<50153>, Const<50154>, Const<50155>, Const<50156>, Const<50157>, Const<50158>, Const<50159>),
        (Const<50160>, Const<50161>, Const<50162>, Const<50163>, Const<50164>, Const<50165>, Const<50166>, Const<50167>, Const<50168>, Const<50169>, Const<50170>, Const<50171>, Const<50172>, Const<50173>, Const<50174>, Const<50175>),
    );
}

impl Row for typenum::consts::U196 {
    type Cols = (
        (Const<50176>, Const<50177>, Const<50178>, Const<50179>, Const<50180>, Const<50181>, Const<50182>, Const<50183>, Const<50184>, Const<50185>, Const<50186>, Const<50187>, Const<50188>, Const<50189>, Const<50190>, Const<50191>),
        (Const<50192>, Const<50193>, Const<50194>, Const<50195>, Const<50196>, Const<50197>, Const<50198>, Const<50199>, Const<50200>, Const<50201>, Const<50202>, Const<50203>, Const<50204>, Const<50205>, Const<50206>, Const<50207>),
        (Const<50208>, Const<50209>, Const<50210>, Const<50211>, Const<50212>, Const<50213>, Const<50214>, Const<50215>, Const<50216>, Const<50217>, Const<50218>, Const<50219>, Const<50220>, Const<50221>, Const<50222>, Const<50223>),
        (Const<50224>, Const<50225>, Const<50226>, Const<50227>, Const<50228>, Const<50229>, Const<50230>, Const<50231>, Const<50232>, Const<50233>, Const<50234>, Const<50235>, Const<50236>, Const<50237>, Const<50238>, Const<50239>),
        (Const<50240>, Const<50241>, Const<50242>, Const<50243>, Const<50244>, Const<50245>, Const<50246>, Const<50247>, Const<50248>, Const<50249>, Const<50250>, Const<50251>, Const<50252>, Const<50253>, Const<50254>, Const<50255>),
        (Const<50256>, Const<50257>, Const<50258>, Const<50259>, Const<50260>, Const<50261>, Const<50262>, Const<50263>, Const<50264>, Const<50265>, Const<50266>, Const<50267>, Const<50268>, Const<50269>, Const<50270>, Const<50271>),
        (Const<50272>, Const<50273>, Const<50274>, Const<50275>, Const<50276>, Const<50277>, Const<50278>, Const<50279>, Const<50280>, Const<50281>, Const<50282>, Const<50283>, Const<50284>, Const<50285>, Const<50286>, Const<50287>),
        (Const<50288>, Const<50289>, Const<50290>, Const<50291>, Const<50292>, Const<50293>, Const<50294>, Const<50295>, Const<50296>, Const<50297>, Const<50298>, Const<50299>, Const<50300>, Const<50301>, Const<50302>, Const<50303>),
        (Const<50304>, Const<50305>, Const<50306>, Const<50307>, Const<50308>, Const<50309>, Const<50310>, Const<50311>, Const<50312>, Const<50313>, Const<50314>, Const<50315>, Const<50316>, Const<50317>, Const<50318>, Const<50319>),
        (Const<50320>, Const<50321>, Const<50322>, Const<50323>, Const<50324>, Const<50325>, Const<50326>, Const<50327>, Const<50328>, Const<50329>, Const<50330>, Const<50331>, Const<50332>, Const<50333>, Const<50334>, Const<50335>),
        (Const<50336>, Const<50337>, Const<50338>, Const<50339>, Const<50340>, Const<50341>, Const<50342>, Const<50343>, Const<50344>, Const<50345>, Const<50346>, Const<50347>, Const<50348>, Const<50349>, Const<50350>, Const<50351>),
        (Const<50352>, Const<50353>, Const<50354>, Const<50355>, Const<50356>, Const<50357>, Const<50358>, Const<50359>, Const<50360>, Const<50361>, Const<50362>, Const<50363>, Const<50364>, Const<50365>, Const<50366>, Const<50367>),
        (Const<50368>, Const<50369>, Const<50370>, Const<50371>, Const<50372>, Const<50373>, Const<50374>, Const<50375>, Const<50376>, Const<50377>, Const<50378>, Const<50379>, Const<50380>, Const<50381>, Const<50382>, Const<50383>),
        (Const<50384>, Const<50385>, Const<50386>, Const<50387>, Const<50388>, Const<50389>, Const<50390>, Const<50391>, Const<50392>, Const<50393>, Const<50394>, Const<50395>, Const<50396>, Const<50397>, Const<50398>, Const<50399>),
        (Const<50400>, Const<50401>, Const<50402>, Const<50403>, Const<50404>, Const<50405>, Const<50406>, Const<50407>, Const<50408>, Const<50409>, Const<50410>, Const<50411>, Const<50412>, Const<50413>, Const<50414>, Const<50415>),
        (Const<50416>, Const<50417>, Const<50418>, Const<50419>, Const<50420>, Const<50421>, Const<50422>, Const<50423>, Const<50424>, Const<50425>, Const<50426>, Const<50427>, Const<50428>, Const<50429>, Const<50430>, Const<50431>),
    );
}

impl Row for typenum::consts::U197 {
    type Cols = (
        (Const<50432>, Const<50433>, Const<50434>, Const<50435>, Const<50436>, Const<50437>, Const<50438>, Const<50439>, Const<50440>, Const<50441>, Const<50442>, Const<50443>, Const<50444>, Const<50445>, Const<50446>, Const<50447>),
        (Const<50448>, Const<50449>, Const<50450>, Const<50451>, Const<50452>, Const<50453>, Const<50454>, Const<50455>, Const<50456>, Const<50457>, Const<50458>, Const<50459>, Const<50460>, Const<50461>, Const<50462>, Const<50463>),
        (Const<50464>, Const<50465>, Const<50466>, Const<50467>, Const<50468>, Const<50469>, Const<50470>, Const<50471>, Const<50472>, Const<50473>, Const<50474>, Const<50475>, Const<50476>, Const<50477>, Const<50478>, Const<50479>),
        (Const<50480>, Const<50481>, Const<50482>, Const<50483>, Const<50484>, Const<50485>, Const<50486>, Const<50487>, Const<50488>, Const<50489>, Const<50490>, Const<50491>, Const<50492>, Const<50493>, Const<50494>, Const<50495>),
        (Const<50496>, Const<50497>, Const<50498>, Const<50499>, Const<50500>, Const<50501>, Const<50502>, Const<50503>, Const<50504>, Const<50505>, Const<50506>, Const<50507>, Const<50508>, Const<50509>, Const<50510>, Const<50511>),
        (Const<50512>, Const<50513>, Const<50514>, Const<50515>, Const<50516>, Const<50517>, Const<50518>, Const<50519>, Const<50520>, Const<50521>, Const<50522>, Const<50523>, Const<50524>, Const<50525>, Const<50526>, Const<50527>),
        (Const<50528>, Const<50529>, Const<50530>, Const<50531>, Const<50532>, Const<50533>, Const<50534>, Const<50535>, Const<50536>, Const<50537>, Const<50538>, Const<50539>, Const<50540>, Const<50541>, Const<50542>, Const<50543>),
        (Const<50544>, Const<50545>, Const<50546>, Const<50547>, Const<50548>, Const<50549>, Const<50550>, Const<50551>, Const<50552>, Const<50553>, Const<50554>, Const<50555>, Const<50556>, Const<50557>, Const<50558>, Const<50559>),
        (Const<50560>, Const<50561>, Const<50562>, Const<50563>, Const<50564>, Const<50565>, Const<50566>, Const<50567>, Const<50568>, Const<50569>, Const<50570>, Const<50571>, Const<50572>, Const<50573>, Const<50574>, Const<50575>),
        (Const<50576>, Const<50577>, Const<50578>, Const<50579>, Const<50580>, Const<50581>, Const<50582>, Const<50583>, Const<50584>, Const<50585>, Const<50586>, Const<50587>, Const<50588>, Const<50589>, Const<50590>, Const<50591>),
        (Const<50592>, Const<50593>, Const<50594>, Const<50595>, Const<50596>, Const<50597>, Const<50598>, Const<50599>, Const<50600>, Const<50601>, Const<50602>, Const<50603>, Const<50604>, Const<50605>, Const<50606>, Const<50607>),
        (Const<50608>, Const<50609>, Const<50610>, Const<50611>, Const<50612>, Const<50613>, Const<50614>, Const<50615>, Const<50616>, Const<50617>, Const<50618>, Const<50619>, Const<50620>, Const<50621>, Const<50622>, Const<50623>),
        (Const<50624>, Const<50625>, Const<50626>, Const<50627>, Const<50628>, Const<50629>, Const<50630>, Const<50631>, Const<50632>, Const<50633>, Const<50634>, Const<50635>, Const<50636>, Const<50637>, Const<50638>, Const<50639>),
        (Const<50640>, Const<50641>, Const<50642>, Const<50643>, Const<50644>, Const<50645>, Const<50646>, Const<50647>, Const<50648>, Const<50649>, Const<50650>, Const<50651>, Const<50652>, Const<50653>, Const<50654>, Const<50655>),
        (Const<50656>, Const<50657>, Const<50658>, Const<50659>, Const<50660>, Const<50661>, Const<50662>, Const<50663>, Const<50664>, Const<50665>, Const<50666>, Const<50667>, Const<50668>, Const<50669>, Const<50670>, Const<50671>),
        (Const<50672>, Const<50673>, Const<50674>, Const<50675>, Const<50676>, Const<50677>, Const<50678>, Const<50679>, Const<50680>, Const<50681>, Const<50682>, Const<50683>, Const<50684>, Const<50685>, Const<50686>, Const<50687>),
    );
}

impl Row for typenum::consts::U198 {
    type Cols = (
        (Const<50688>, Const<50689>, Const<50690>, Const<50691>, Const<50692>, Const<50693>, Const<50694>, Const<50695>, Const<50696>, Const<50697>, Const<50698>, Const<50699>, Const<50700>, Const<50701>, Const<50702>, Const<50703>),
        (Const<50704>, Const<50705>, Const<50706>, Const<50707>, Const<50708>, Const<50709>, Const<50710>, Const<50711>, Const<50712>, Const<50713>, Const<50714>, Const<50715>, Const<50716>, Const<50717>, Const<50718>, Const<50719>),
        (Const<50720>, Const<50721>, Const<50722>, Const<50723>, Const<50724>, Const<50725>, Const<50726>, Const<50727>, Const<50728>, Const<50729>, Const<50730>, Const<50731>, Const<50732>, Const<50733>, Const<50734>, Const<50735>),
        (Const<50736>, Const<50737>, Const<50738>, Const<50739>, Const<50740>, Const<50741>, Const<50742>, Const<50743>, Const<50744>, Const<50745>, Const<50746>, Const<50747>, Const<50748>, Const<50749>, Const<50750>, Const<50751>),
        (Const<50752>, Const<50753>, Const<50754>, Const<50755>, Const<50756>, Const<50757>, Const<50758>, Const<50759>, Const<50760>, Const<50761>, Const<50762>, Const<50763>, Const<50764>, Const<50765>, Const<50766>, Const<50767>),
        (Const<50768>, Const<50769>, Const<50770>, Const<50771>, Const<50772>, Const<50773>, Const<50774>, Const<50775>, Const<50776>, Const<50777>, Const<50778>, Const<50779>, Const<50780>, Const<50781>, Const<50782>, Const<50783>),
        (Const<50784>, Const<50785>, Const<50786>, Const<50787>, Const<50788>, Const<50789>, Const<50790>, Const<50791>, Const<50792>, Const<50793>, Const<50794>, Const<50795>, Const<50796>, Const<50797>, Const<50798>, Const<50799>),
        (Const<50800>, Const<50801>, Const<50802>, Const<50803>, Const<50804>, Const<50805>, Const<50806>, Const<50807>, Const<50808>, Const<50809>, Const<50810>, Const<50811>, Const<50812>, Const<50813>, Const<50814>, Const<50815>),
        (Const<50816>, Const<50817>, Const<50818>, Const<50819>, Const<50820>, Const<50821>, Const<50822>, Const<50823>, Const<50824>, Const<50825>, Const<50826>, Const<50827>, Const<50828>, Const<50829>, Const<50830>, Const<50831>),
        (Const<50832>, Const<50833>, Const<50834>, Const<50835>, Const<50836>, Const<50837>, Const<50838>, Const<50839>, Const<50840>, Const<50841>, Const<50842>, Const<50843>, Const<50844>, Const<50845>, Const<50846>, Const<50847>),
        (Const<50848>, Const<50849>, Const<50850>, Const<50851>, Const<50852>, Const<50853>, Const<50854>, Const<50855>, Const<50856>, Const<50857>, Const<50858>, Const<50859>, Const<50860>, Const<50861>, Const<50862>, Const<50863>),
        (Const<50864>, Const<50865>, Const<50866>, Const<50867>, Const<50868>, Const<50869>, Const<50870>, Const<50871>, Const<50872>, Const<50873>, Const<50874>, Const<50875>, Const<50876>, Const<50877>, Const<50878>, Const<50879>),
        (Const<50880>, Const<50881>, Const<50882>, Const<50883>, Const<50884>, Const<50885>, Const<50886>, Const<50887>, Const<50888>, Const<50889>, Const<50890>, Const<50891>, Const<50892>, Const<50893>, Const<50894>, Const<50895>),
        (Const<50896>, Const<50897>, Const<50898>, Const<50899>, Const<50900>, Const<50901>, Const<50902>, Const<50903>, Const<50904>, Const<50905>, Const<50906>, Const<50907>, Const<50908>, Const<50909>, Const<50910>, Const<50911>),
        (Const<50912>, Const<50913>, Const<50914>, Const<50915>, Const<50916>, Const<50917>, Const<50918>, Const<50919>, Const<50920>, Const<50921>, Const<50922>, Const<50923>, Const<50924>, Const<50925>, Const<50926>, Const<50927>),
        (Const<50928>, Const<50929>, Const<50930>, Const<50931>, Const<50932>, Const<50933>, Const<50934>, Const<50935>, Const<50936>, Const<50937>, Const<50938>, Const<50939>, Const<50940>, Const<50941>, Const<50942>, Const<50943>),
    );
}

impl Row for typenum::consts::U199 {
    type Cols = (
        (Const<50944>, Const<50945>, Const<50946>, Const<50947>, Const<50948>, Const<50949>, Const<50950>, Const<50951>, Const<50952>, Const<50953>, Const<50954>, Const<50955>, Const<50956>, Const<50957>, Const<50958>, Const<50959>),
        (Const<50960>, Const<50961>, Const<50962>, Const<50963>, Const<50964>, Const<50965>, Const<50966>, Const<50967>, Const<50968>, Const<50969>, Const<50970>, Const<50971>, Const<50972>, Const<50973>, Const<50974>, Const<50975>),
        (Const<50976>, Const<50977>, Const<50978>, Const<50979>, Const<50980>, Const<50981>, Const<50982>, Const<50983>, Const<50984>, Const<50985>, Const<50986>, Const<50987>, Const<50988>, Const<50989>, Const<50990>, Const<50991>),
        (Const<50992>, Const<50993>, Const<50994>, Const<50995>, Const<50996>, Const<50997>, Const<50998>, Const<50999>, Const<51000>, Const<51001>, Const<51002>, Const<51003>, Const<51004>, Const<51005>, Const<51006>, Const<51007>),
        (Const<51008>, Const<51009>, Const<51010>, Const<51011>, Const<51012>, Const<51013>, Const<51014>, Const<51015>, Const<51016>, Const<51017>, Const<51018>, Const<51019>, Const<51020>, Const<51021>, Const<51022>, Const<51023>),
        (Const<51024>, Const<51025>, Const<51026>, Const<51027>, Const<51028>, Const<51029>, Const<51030>, Const<51031>, Const<51032>, Const<51033>, Const<51034>, Const<51035>, Const<51036>, Const<51037>, Const<51038>, Const<51039>),
        (Const<51040>, Const<51041>, Const<51042>, Const<51043>, Const<51044>, Const<51045>, Const<51046>, Const<51047>, Const<51048>, Const<51049>, Const<51050>, Const<51051>, Const<51052>, Const<51053>, Const<51054>, Const<51055>),
        (Const<51056>, Const<51057>, Const<51058>, Const<51059>, Const<51060>, Const<51061>, Const<51062>, Const<51063>, Const<51064>, Const<51065>, Const<51066>, Const<51067>, Const<51068>, Const<51069>, Const<51070>, Const<51071>),
        (Const<51072>, Const<51073>, Const<51074>, Const<51075>, Const<51076>, Const<51077>, Const<51078>, Const<51079>, Const<51080>, Const<51081>, Const<51082>, Const<51083>, Const<51084>, Const<51085>, Const<51086>, Const<51087>),
        (Const<51088>, Const<51089>, Const<51090>, Const<51091>, Const<51092>, Const<51093>, Const<51094>, Const<51095>, Const<51096>, Const<51097>, Const<51098>, Const<51099>, Const<51100>, Const<51101>, Const<51102>, Const<51103>),
        (Const<51104>, Const<51105>, Const<51106>, Const<51107>, Const<51108>, Const<51109>, Const<51110>, Const<51111>, Const<51112>, Const<51113>, Const<51114>, Const<51115>, Const<51116>, Const<51117>, Const<51118>, Const<51119>),
        (Const<51120>, Const<51121>, Const<51122>, Const<51123>, Const<51124>, Const<51125>, Const<51126>, Const<51127>, Const<51128>, Const<51129>, Const<51130>, Const<51131>, Const<51132>, Const<51133>, Const<51134>, Const<51135>),
        (Const<51136>, Const<51137>, Const<51138>, Const<51139>, Const<51140>, Const<51141>, Const<51142>, Const<51143>, Const<51144>, Const<51145>, Const<51146>, Const<51147>, Const<51148>, Const<51149>, Const<51150>, Const<51151>),
        (Const<51152>, Const<51153>, Const<51154>, Const<51155>, Const<51156>, Const<51157>, Const<51158>, Const<51159>, Const<51160>, Const<51161>, Const<51162>, Const<51163>, Const<51164>, Const<51165>, Const<51166>, Const<51167>),
        (Const<51168>, Const<51169>, Const<51170>, Const<51171>, Const<51172>, Const<51173>, Const<51174>, Const<51175>, Const<51176>, Const<51177>, Const<51178>, Const<51179>, Const<51180>, Const<51181>, Const<51182>, Const<51183>),
        (Const<51184>, Const<51185>, Const<51186>, Const<51187>, Const<51188>, Const<51189>, Const<51190>, Const<51191>, Const<51192>, Const<51193>, Const<51194>, Const<51195>, Const<51196>, Const<51197>, Const<51198>, Const<51199>),
    );
}

impl Row for typenum::consts::U200 {
    type Cols = (
        (Const<51200>, Const<51201>, Const<51202>, Const<51203>, Const<51204>, Const<51205>, Const<51206>, Const<51207>, Const<51208>, Const<51209>, Const<51210>, Const<51211>, Const<51212>, Const<51213>, Const<51214>, Const<51215>),
        (Const<51216>, Const<51217>, Const<51218>, Const<51219>, Const<51220>, Const<51221>, Const<51222>, Const<51223>, Const<51224>, Const<51225>, Const<51226>, Const<51227>, Const<51228>, Const<51229>, Const<51230>, Const<51231>),
        (Const<51232>, Const<51233>, Const<51234>, Const<51235>, Const<51236>, Const<51237>, Const<51238>, Const<51239>, Const<51240>, Const<51241>, Const<51242>, Const<51243>, Const<51244>, Const<51245>, Const<51246>, Const<51247>),
        (Const<51248>, Const<51249>, Const<51250>, Const<51251>, Const<51252>, Const<51253>, Const<51254>, Const<51255>, Const<51256>, Const<51257>, Const<51258>, Const<51259>, Const<51260>, Const<51261>, Const<51262>, Const<51263>),
        (Const<51264>, Const<51265>, Const<51266>, Const<51267>, Const<51268>, Const<51269>, Const<51270>, Const<51271>, Const<51272>, Const<51273>, Const<51274>, Const<51275>, Const<51276>, Const<51277>, Const<51278>, Const<51279>),
        (Const<51280>, Const<51281>, Const<51282>, Const<51283>, Const<51284>, Const<51285>, Const<51286>, Const<51287>, Const<51288>, Const<51289>, Const<51290>, Const<51291>, Const<51292>, Const<51293>, Const<51294>, Const<51295>),
        (Const<51296>, Const<51297>, Const<51298>, Const<51299>, Const<51300>, Const<51301>, Const<51302>, Const<51303>, Const<51304>, Const<51305>, Const<51306>, Const<51307>, Const<51308>, Const<51309>, Const<51310>, Const<51311>),
        (Const<51312>, Const<51313>, Const<51314>, Const<51315>, Const<51316>, Const<51317>, Const<51318>, Const<51319>, Const<51320>, Const<51321>, Const<51322>, Const<51323>, Const<51324>, Const<51325>, Const<51326>, Const<51327>),
        (Const<51328>, Const<51329>, Const<51330>, Const<51331>, Const<51332>, Const<51333>, Const<51334>, Const<51335>, Const<51336>, Const<51337>, Const<51338>, Const<51339>, Const<51340>, Const<51341>, Const<51342>, Const<51343>),
        (Const<51344>, Const<51345>, Const<51346>, Const<51347>, Const<51348>, Const<51349>, Const<51350>, Const<51351>, Const<51352>, Const<51353>, Const<51354>, Const<51355>, Const<51356>, Const<51357>, Const<51358>, Const<51359>),
        (Const<51360>, Const<51361>, Const<51362>, Const<51363>, Const<51364>, Const<51365>, Const<51366>, Const<51367>, Const<51368>, Const<51369>, Const<51370>, Const<51371>, Const<51372>, Const<51373>, Const<51374>, Const<51375>),
        (Const<51376>, Const<51377>, Const<51378>, Const<51379>, Const<51380>, Const<51381>, Const<51382>, Const<51383>, Const<51384>, Const<51385>, Const<51386>, Const<51387>, Const<51388>, Const<51389>, Const<51390>, Const<51391>),
        (Const<51392>, Const<51393>, Const<51394>, Const<51395>, Const<51396>, Const<51397>, Const<51398>, Const<51399>, Const<51400>, Const<51401>, Const<51402>, Const<51403>, Const<51404>, Const<51405>, Const<51406>, Const<51407>),
        (Const<51408>, Const<51409>, Const<51410>, Const<51411>, Const<51412>, Const<51413>, Const<51414>, Const<51415>, Const<51416>, Const<51417>, Const<51418>, Const<51419>, Const<51420>, Const<51421>, Const<51422>, Const<51423>),
        (Const<51424>, Const<51425>, Const<51426>, Const<51427>, Const<51428>, Const<51429>, Const<51430>, Const<51431>, Const<51432>, Const<51433>, Const<51434>, Const<51435>, Const<51436>, Const<51437>, Const<51438>, Const<51439>),
        (Const<51440>, Const<51441>, Const<51442>, Const<51443>, Const<51444>, Const<51445>, Const<51446>, Const<51447>, Const<51448>, Const<51449>, Const<51450>, Const<51451>, Const<51452>, Const<51453>, Const<51454>, Const<51455>),
    );
}

impl Row for typenum::consts::U201 {
    type Cols = (
        (Const<51456>, Const<51457>, Const<51458>, Const<51459>, Const<51460>, Const<51461>, Const<51462>, Const<51463>, Const<51464>, Const<51465>, Const<51466>, Const<51467>, Const<51468>, Const<51469>, Const<51470>, Const<51471>),
        (Const<51472>, Const<51473>, Const<51474>, Const<51475>, Const<51476>, Const<51477>, Const<51478>, Const<51479>, Const<51480>, Const<51481>, Const<51482>, Const<51483>, Const<51484>, Const<51485>, Const<51486>, Const<51487>),
        (Const<51488>, Const<51489>, Const<51490>, Const<51491>, Const<51492>, Const<51493>, Const<51494>, Const<51495>, Const<51496>, Const<51497>, Const<51498>, Const<51499>, Const<51500>, Const<51501>, Const<51502>, Const<51503>),
        (Const<51504>, Const<51505>, Const<51506>, Const<51507>, Const<51508>, Const<51509>, Const<51510>, Const<51511>, Const<51512>, Const<51513>, Const<51514>, Const<51515>, Const<51516>, Const<51517>, Const<51518>, Const<51519>),
        (Const<51520>, Const<51521>, Const<51522>, Const<51523>, Const<51524>, Const<51525>, Const<51526>, Const<51527>, Const<51528>, Const<51529>, Const<51530>, Const<51531>, Const<51532>, Const<51533>, Const<51534>, Const<51535>),
        (Const<51536>, Const<51537>, Const<51538>, Const<51539>, Const<51540>, Const<51541>, Const<51542>, Const<51543>, Const<51544>, Const<51545>, Const<51546>, Const<51547>, Const<51548>, Const<51549>, Const<51550>, Const<51551>),
        (Const<51552>, Const<51553>, Const<51554>, Const<51555>, Const<51556>, Const<51557>, Const<51558>, Const<51559>, Const<51560>, Const<51561>, Const<51562>, Const<51563>, Const<51564>, Const<51565>, Const<51566>, Const<51567>),
        (Const<51568>, Const<51569>, Const<51570>, Const<51571>, Const<51572>, Const<51573>, Const<51574>, Const<51575>, Const<51576>, Const<51577>, Const<51578>, Const<51579>, Const<51580>, Const<51581>, Const<51582>, Const<51583>),
        (Const<51584>, Const<51585>, Const<51586>, Const<51587>, Const<51588>, Const<51589>, Const<51590>, Const<51591>, Const<51592>, Const<51593>, Const<51594>, Const<51595>, Const<51596>, Const<51597>, Const<51598>, Const<51599>),
        (Const<51600>, Const<51601>, Const<51602>, Const<51603>, Const<51604>, Const<51605>, Const<51606>, Const<51607>, Const<51608>, Const<51609>, Const<51610>, Const<51611>, Const<51612>, Const<51613>, Const<51614>, Const<51615>),
        (Const<51616>, Const<51617>, Const<51618>, Const<51619>, Const<51620>, Const<51621>, Const<51622>, Const<51623>, Const<51624>, Const<51625>, Const<51626>, Const<51627>, Const<51628>, Const<51629>, Const<51630>, Const<51631>),
        (Const<51632>, Const<51633>, Const<51634>, Const<51635>, Const<51636>, Const<51637>, Const<51638>, Const<51639>, Const<51640>, Const<51641>, Const<51642>, Const<51643>, Const<51644>, Const<51645>, Const<51646>, Const<51647>),
        (Const<51648>, Const<51649>, Const<51650>, Const<51651>, Const<51652>, Const<51653>, Const<51654>, Const<51655>, Const<51656>, Const<51657>, Const<51658>, Const<51659>, Const<51660>, Const<51661>, Const<51662>, Const<51663>),
        (Const<51664>, Const<51665>, Const<51666>, Const<51667>, Const<51668>, Const<51669>, Const<51670>, Const<51671>, Const<51672>, Const<51673>, Const<51674>, Const<51675>, Const<51676>, Const<51677>, Const<51678>, Const<51679>),
        (Const<51680>, Const<51681>, Const<51682>, Const<51683>, Const<51684>, Const<51685>, Const<51686>, Const<51687>, Const<51688>, Const<51689>, Const<51690>, Const<51691>, Const<51692>, Const<51693>, Const<51694>, Const<51695>),
        (Const<51696>, Const<51697>, Const<51698>, Const<51699>, Const<51700>, Const<51701>, Const<51702>, Const<51703>, Const<51704>, Const<51705>, Const<51706>, Const<51707>, Const<51708>, Const<51709>, Const<51710>, Const<51711>),
    );
}

impl Row for typenum::consts::U202 {
    type Cols = (
        (Const<51712>, Const<51713>, Const<51714>, Const<51715>, Const<51716>, Const<51717>, Const<51718>, Const<51719>, Const<51720>, Const<51721>, Const<51722>, Const<51723>, Const<51724>, Const<51725>, Const<51726>, Const<51727>),
        (Const<51728>, Const<51729>, Const<51730>, Const<51731>, Const<51732>, Const<51733>, Const<51734>, Const<51735>, Const<51736>, Const<51737>, Const<51738>, Const<51739>, Const<51740>, Const<51741>, Const<51742>, Const<51743>),
        (Const<51744>, Const<51745>, Const<51746>, Const<51747>, Const<51748>, Const<51749>, Const<51750>, Const<51751>, Const<51752>, Const<51753>, Const<51754>, Const<51755>, Const<51756>, Const<51757>, Const<51758>, Const<51759>),
        (Const<51760>, Const<51761>, Const<51762>, Const<51763>, Const<51764>, Const<51765>, Const<51766>, Const<51767>, Const<51768>, Const<51769>, Const<51770>, Const<51771>, Const<51772>, Const<51773>, Const<51774>, Const<51775>),
        (Const<51776>, Const<51777>, Const<51778>, Const<51779>, Const<51780>, Const<51781>, Const<51782>, Const<51783>, Const<51784>, Const<51785>, Const<51786>, Const<51787>, Const<51788>, Const<51789>, Const<51790>, Const<51791>),
        (Const<51792>, Const<51793>, Const<51794>, Const<51795>, Const<51796>, Const<51797>, Const<51798>, Const<51799>, Const<51800>, Const<51801>, Const<51802>, Const<51803>, Const<51804>, Const<51805>, Const<51806>, Const<51807>),
        (Const<51808>, Const<51809>, Const<51810>, Const<51811>, Const<51812>, Const<51813>, Const<51814>, Const<51815>, Const<51816>, Const<51817>, Const<51818>, Const<51819>, Const<51820>, Const<51821>, Const<51822>, Const<51823>),
        (Const<51824>, Const<51825>, Const<51826>, Const<51827>, Const<51828>, Const<51829>, Const<51830>, Const<51831>, Const<51832>, Const<51833>, Const<51834>, Const<51835>, Const<51836>, Const<51837>, Const<51838>, Const<51839>),
        (Const<51840>, Const<51841>, Const<51842>, Const<51843>, Const<51844>, Const<51845>, Const<51846>, Const<51847>, Const<51848>, Const<51849>, Const<51850>, Const<51851>, Const<51852>, Const<51853>, Const<51854>, Const<51855>),
        (Const<51856>, Const<51857>, Const<51858>, Const<51859>, Const<51860>, Const<51861>, Const<51862>, Const<51863>, Const<51864>, Const<51865>, Const<51866>, Const<51867>, Const<51868>, Const<51869>, Const<51870>, Const<51871>),
        (Const<51872>, Const<51873>, Const<51874>, Const<51875>, Const<51876>, Const<51877>, Const<51878>, Const<51879>, Const<51880>, Const<51881>, Const<51882>, Const<51883>, Const<51884>, Const<51885>, Const<51886>, Const<51887>),
        (Const<51888>, Const<51889>, Const<51890>, Const<51891>, Const<51892>, Const<51893>, Const<51894>, Const<51895>, Const<51896>, Const<51897>, Const<51898>, Const<51899>, Const<51900>, Const<51901>, Const<51902>, Const<51903>),
        (Const<51904>, Const<51905>, Const<51906>, Const<51907>, Const<51908>, Const<51909>, Const<51910>, Const<51911>, Const<51912>, Const<51913>, Const<51914>, Const<51915>, Const<51916>, Const<51917>, Const<51918>, Const<51919>),
        (Const<51920>, Const<51921>, Const<51922>, Const<51923>, Const<51924>, Const<51925>, Const<51926>, Const<51927>, Const<51928>, Const<51929>, Const<51930>, Const<51931>, Const<51932>, Const<51933>, Const<51934>, Const<51935>),
        (Const<51936>, Const<51937>, Const<51938>, Const<51939>, Const<51940>, Const<51941>, Const<51942>, Const<51943>, Const<51944>, Const<51945>, Const<51946>, Const<51947>, Const<51948>, Const<51949>, Const<51950>, Const<51951>),
        (Const<51952>, Const<51953>, Const<51954>, Const<51955>, Const<51956>, Const<51957>, Const<51958>, Const<51959>, Const<51960>, Const<51961>, Const<51962>, Const<51963>, Const<51964>, Const<51965>, Const<51966>, Const<51967>),
    );
}

impl Row for typenum::consts::U203 {
    type Cols = (
        (Const<51968>, Const<51969>, Const<51970>, Const<51971>, Const<51972>, Const<51973>, Const<51974>, Const<51975>, Const<51976>, Const<51977>, Const<51978>, Const<51979>, Const<51980>, Const<51981>, Const<51982>, Const<51983>),
        (Const<51984>, Const<51985>, Const<51986>, Const<51987>, Const<51988>, Const<51989>, Const<51990>, Const<51991>, Const<51992>, Const<51993>, Const<51994>, Const<51995>, Const<51996>, Const<51997>, Const<51998>, Const<51999>),
        (Const<52000>, Const<52001>, Const<52002>, Const<52003>, Const<52004>, Const<52005>, Const<52006>, Const<52007>, Const<52008>, Const<52009>, Const<52010>, Const<52011>, Const<52012>, Const<52013>, Const<52014>, Const<52015>),
        (Const<52016>, Const<52017>, Const<52018>, Const<52019>, Const<52020>, Const<52021>, Const<52022>, Const<52023>, Const<52024>, Const<52025>, Const<52026>, Const<52027>, Const<52028>, Const<52029>, Const<52030>, Const<52031>),
        (Const<52032>, Const<52033>, Const<52034>, Const<52035>, Const<52036>, Const<52037>, Const<52038>, Const<52039>, Const<52040>, Const<52041>, Const<52042>, Const<52043>, Const<52044>, Const<52045>, Const<52046>, Const<52047>),
        (Const<52048>, Const<52049>, Const<52050>, Const<52051>, Const<52052>, Const<52053>, Const<52054>, Const<52055>, Const<52056>, Const<52057>, Const<52058>, Const<52059>, Const<52060>, Const<52061>, Const<52062>, Const<52063>),
        (Const<52064>, Const<52065>, Const<52066>, Const<52067>, Const<52068>, Const<52069>, Const<52070>, Const<52071>, Const<52072>, Const<52073>, Const<52074>, Const<52075>, Const<52076>, Const<52077>, Const<52078>, Const<52079>),
        (Const<52080>, Const<52081>, Const<52082>, Const<52083>, Const<52084>, Const<52085>, Const<52086>, Const<52087>, Const<52088>, Const<52089>, Const<52090>, Const<52091>, Const<52092>, Const<52093>, Const<52094>, Const<52095>),
        (Const<52096>, Const<52097>, Const<52098>, Const<52099>, Const<52100>, Const<52101>, Const<52102>, Const<52103>, Const<52104>, Const<52105>, Const<52106>, Const<52107>, Const<52108>, Const<52109>, Const<52110>, Const<52111>),
        (Const<52112>, Const<52113>, Const<52114>, Const<52115>, Const<52116>, Const<52117>, Const<52118>, Const<52119>, Const<52120>, Const<52121>, Const<52122>, Const<52123>, Const<52124>, Const<52125>, Const<52126>, Const<52127>),
        (Const<52128>, Const<52129>, Const<52130>, Const<52131>, Const<52132>, Const<52133>, Const<52134>, Const<52135>, Const<52136>, Const<52137>, Const<52138>, Const<52139>, Const<52140>, Const<52141>, Const<52142>, Const<52143>),
        (Const<52144>, Const<52145>, Const<52146>, Const<52147>, Const<52148>, Const<52149>, Const<52150>, Const<52151>, Const<52152>, Const<52153>, Const<52154>, Const<52155>, Const<52156>, Const<52157>, Const<52158>, Const<52159>),
        (Const<52160>, Const<52161>, Const<52162>, Const<52163>, Const<52164>, Const<52165>, Const<52166>, Const<52167>, Const<52168>, Const<52169>, Const<52170>, Const<52171>, Const<52172>, Const<52173>, Const<52174>, Const<52175>),
        (Const<52176>, Const<52177>, Const<52178>, Const<52179>, Const<52180>, Const<52181>, Const<52182>, Const<52183>, Const<52184>, Const<52185>, Const<52186>, Const<52187>, Const<52188>, Const<52189>, Const<52190>, Const<52191>),
        (Const<52192>, Const<52193>, Const<52194>, Const<52195>, Const<52196>, Const<52197>, Const<52198>, Const<52199>, Const<52200>, Const<52201>, Const<52202>, Const<52203>, Const<52204>, Const<52205>, Const<52206>, Const<52207>),
        (Const<52208>, Const<52209>, Const<52210>, Const<52211>, Const<52212>, Const<52213>, Const<52214>, Const<52215>, Const<52216>, Const<52217>, Const<52218>, Const<52219>, Const<52220>, Const<52221>, Const<52222>, Const<52223>),
    );
}

impl Row for typenum::consts::U204 {
    type Cols = (
        (Const<52224>, Const<52225>, Const<52226>, Const<52227>, Const<52228>, Const<52229>, Const<52230>, Const<52231>, Const<52232>, Const<52233>, Const<52234>, Const<52235>, Const<52236>, Const<52237>, Const<52238>, Const<52239>),
        (Const<52240>, Const<52241>, Const<52242>, Const<52243>, Const<52244>, Const<52245>, Const<52246>, Const<52247>, Const<52248>, Const<52249>, Const<52250>, Const<52251>, Const<52252>, Const<52253>, Const<52254>, Const<52255>),
        (Const<52256>, Const<52257>, Const<52258>, Const<52259>, Const<52260>, Const<52261>, Const<52262>, Const<52263>, Const<52264>, Const<52265>, Const<52266>, Const<52267>, Const<52268>, Const<52269>, Const<52270>, Const<52271>),
        (Const<52272>, Const<52273>, Const<52274>, Const<52275>, Const<52276>, Const<52277>, Const<52278>, Const<52279>, Const<52280>, Const<52281>, Const<52282>, Const<52283>, Const<52284>, Const<52285>, Const<52286>, Const<52287>),
        (Const<52288>, Const<52289>, Const<52290>, Const<52291>, Const<52292>, Const<52293>, Const<52294>, Const<52295>, Const<52296>, Const<52297>, Const<52298>, Const<52299>, Const<52300>, Const<52301>, Const<52302>, Const<52303>),
        (Const<52304>, Const<52305>, Const<52306>, Const<52307>, Const<52308>, Const<52309>, Const<52310>, Const<52311>, Const<52312>, Const<52313>, Const<52314>, Const<52315>, Const<52316>, Const<52317>, Const<52318>, Const<52319>),
        (Const<52320>, Const<52321>, Const<52322>, Const<52323>, Const<52324>, Const<52325>, Const<52326>, Const<52327>, Const<52328>, Const<52329>, Const<52330>, Const<52331>, Const<52332>, Const<52333>, Const<52334>, Const<52335>),
        (Const<52336>, Const<52337>, Const<52338>, Const<52339>, Const<52340>, Const<52341>, Const<52342>, Const<52343>, Const<52344>, Const<52345>, Const<52346>, Const<52347>, Const<52348>, Const<52349>, Const<52350>, Const<52351>),
        (Const<52352>, Const<52353>, Const<52354>, Const<52355>, Const<52356>, Const<52357>, Const<52358>, Const<52359>, Const<52360>, Const<52361>, Const<52362>, Const<52363>, Const<52364>, Const<52365>, Const<52366>, Const<52367>),
        (Const<52368>, Const<52369>, Const<52370>, Const<52371>, Const<52372>, Const<52373>, Const<52374>, Const<52375>, Const<52376>, Const<52377>, Const<52378>, Const<52379>, Const<52380>, Const<52381>, Const<52382>, Const<52383>),
        (Const<52384>, Const<52385>, Const<52386>, Const<52387>, Const<52388>, Const<52389>, Const<52390>, Const<52391>, Const<52392>, Const<52393>, Const<52394>, Const<52395>, Const<52396>, Const<52397>, Const<52398>, Const<52399>),
        (Const<52400>, Const<52401>, Const<52402>, Const<52403>, Const<52404>, Const<52405>, Const<52406>, Const<52407>, Const<52408>, Const<52409>, Const<52410>, Const<52411>, Const<52412>, Const<52413>, Const<52414>, Const<52415>),
        (Const<52416>, Const<52417>, Const<52418>, Const<52419>, Const<52420>, Const<52421>, Const<52422>, Const<52423>, Const<52424>, Const<52425>, Const<52426>, Const<52427>, Const<52428>, Const<52429>, Const<52430>, Const<52431>),
        (Const<52432>, Const<52433>, Const<52434>, Const<52435>, Const<52436>, Const<52437>, Const<52438>, Const<52439>, Const<52440>, Const<52441>, Const<52442>, Const<52443>, Const<52444>, Const<52445>, Const<52446>, Const<52447>),
        (Const<52448>, Const<52449>, Const<52450>, Const<52451>, Const<52452>, Const<52453>, Const<52454>, Const<52455>, Const<52456>, Const<52457>, Const<52458>, Const<52459>, Const<52460>, Const<52461>, Const<52462>, Const<52463>),
        (Const<52464>, Const<52465>, Const<52466>, Const<52467>, Const<52468>, Const<52469>, Const<52470>, Const<52471>, Const<52472>, Const<52473>, Const<52474>, Const<52475>, Const<52476>, Const<52477>, Const<52478>, Const<52479>),
    );
}

impl Row for typenum::consts::U205 {
    type Cols = (
        (Const<52480>, Const<52481>, Const<52482>, Const<52483>, Const<52484>, Const<52485>, Const<52486>, Const<52487>, Const<52488>, Const<52489>, Const<52490>, Const<52491>, Const<52492>, Const<52493>, Const<52494>, Const<52495>),
        (Const<52496>, Const<52497>, Const<52498>, Const<52499>, Const<52500>, Const<52501>, Const<52502>, Const<52503>, Const<52504>, Const<52505>, Const<52506>, Const<52507>, Const<52508>, Const<52509>, Const<52510>, Const<52511>),
        (Const<52512>, Const<52513>, Const<52514>, Const<52515>, Const<52516>, Const<52517>, Const<52518>, Const<52519>, Const<52520>, Const<52521>, Const<52522>, Const<52523>, Const<52524>, Const<52525>, Const<52526>, Const<52527>),
        (Const<52528>, Const<52529>, Const<52530>, Const<52531>, Const<52532>, Const<52533>, Const<52534>, Const<52535>, Const<52536>, Const<52537>, Const<52538>, Const<52539>, Const<52540>, Const<52541>, Const<52542>, Const<52543>),
        (Const<52544>, Const<52545>, Const<52546>, Const<52547>, Const<52548>, Const<52549>, Const<52550>, Const<52551>, Const<52552>, Const<52553>, Const<52554>, Const<52555>, Const<52556>, Const<52557>, Const<52558>, Const<52559>),
        (Const<52560>, Const<52561>, Const<52562>, Const<52563>, Const<52564>, Const<52565>, Const<52566>, Const<52567>, Const<52568>, Const<52569>, Const<52570>, Const<52571>, Const<52572>, Const<52573>, Const<52574>, Const<52575>),
        (Const<52576>, Const<52577>, Const<52578>, Const<52579>, Const<52580>, Const<52581>, Const<52582>, Const<52583>, Const<52584>, Const<52585>, Const<52586>, Const<52587>, Const<52588>, Const<52589>, Const<52590>, Const<52591>),
        (Const<52592>, Const<52593>, Const<52594>, Const<52595>, Const<52596>, Const<52597>, Const<52598>, Const<52599>, Const<52600>, Const<52601>, Const<52602>, Const<52603>, Const<52604>, Const<52605>, Const<52606>, Const<52607>),
        (Const<52608>, Const<52609>, Const<52610>, Const<52611>, Const<52612>, Const<52613>, Const<52614>, Const<52615>, Const<52616>, Const<52617>, Const<52618>, Const<52619>, Const<52620>, Const<52621>, Const<52622>, Const<52623>),
        (Const<52624>, Const<52625>, Const<52626>, Const<52627>, Const<52628>, Const<52629>, Const<52630>, Const<52631>, Const<52632>, Const<52633>, Const<52634>, Const<52635>, Const<52636>, Const<52637>, Const<52638>, Const<52639>),
        (Const<52640>, Const<52641>, Const<52642>, Const<52643>, Const<52644>, Const<52645>, Const<52646>, Const<52647>, Const<52648>, Const<52649>, Const<52650>, Const<52651>, Const<52652>, Const<52653>, Const<52654>, Const<52655>),
        (Const<52656>, Const<52657>, Const<52658>, Const<52659>, Const<52660>, Const<52661>, Const<52662>, Const<52663>, Const<52664>, Const<52665>, Const<52666>, Const<52667>, Const<52668>, Const<52669>, Const<52670>, Const<52671>),
        (Const<52672>, Const<52673>, Const<52674>, Const<52675>, Const<52676>, Const<52677>, Const<52678>, Const<52679>, Const<52680>, Const<52681>, Const<52682>, Const<52683>, Const<52684>, Const<52685>, Const<52686>, Const<52687>),
        (Const<52688>, Const<52689>, Const<52690>, Const<52691>, Const<52692>, Const<52693>, Const<52694>, Const<52695>, Const<52696>, Const<52697>, Const<52698>, Const<52699>, Const<52700>, Const<52701>, Const<52702>, Const<52703>),
        (Const<52704>, Const<52705>, Const<52706>, Const<52707>, Const<52708>, Const<52709>, Const<52710>, Const<52711>, Const<52712>, Const<52713>, Const<52714>, Const<52715>, Const<52716>, Const<52717>, Const<52718>, Const<52719>),
        (Const<52720>, Const<52721>, Const<52722>, Const<52723>, Const<52724>, Const<52725>, Const<52726>, Const<52727>, Const<52728>, Const<52729>, Const<52730>, Const<52731>, Const<52732>, Const<52733>, Const<52734>, Const<52735>),
    );
}

impl Row for typenum::consts::U206 {
    type Cols = (
        (Const<52736>, Const<52737>, Const<52738>, Const<52739>, Const<52740>, Const<52741>, Const<52742>, Const<52743>, Const<52744>, Const<52745>, Const<52746>, Const<52747>, Const<52748>, Const<52749>, Const<52750>, Const<52751>),
        (Const<52752>, Const<52753>, Const<52754>, Const<52755>, Const<52756>, Const<52757>, Const<52758>, Const<52759>, Const<52760>, Const<52761>, Const<52762>, Const<52763>, Const<52764>, Const<52765>, Const<52766>, Const<52767>),
        (Const<52768>, Const<52769>, Const<52770>, Const<52771>, Const<52772>, Const<52773>, Const<52774>, Const<52775>, Const<52776>, Const<52777>, Const<52778>, Const<52779>, Const<52780>, Const<52781>, Const<52782>, Const<52783>),
        (Const<52784>, Const<52785>, Const<52786>, Const<52787>, Const<52788>, Const<52789>, Const<52790>, Const<52791>, Const<52792>, Const<52793>, Const<52794>, Const<52795>, Const<52796>, Const<52797>, Const<52798>, Const<52799>),
        (Const<52800>, Const<52801>, Const<52802>, Const<52803>, Const<52804>, Const<52805>, Const<52806>, Const<52807>, Const<52808>, Const<52809>, Const<52810>, Const<52811>, Const<52812>, Const<52813>, Const<52814>, Const<52815>),
        (Const<52816>, Const<52817>, Const<52818>, Const<52819>, Const<52820>, Const<52821>, Const<52822>, Const<52823>, Const<52824>, Const<52825>, Const<52826>, Const<52827>, Const<52828>, Const<52829>, Const<52830>, Const<52831>),
        (Const<52832>, Const<52833>, Const<52834>, Const<52835>, Const<52836>, Const<52837>, Const<52838>, Const<52839>, Const<52840>, Const<52841>, Const<52842>, Const<52843>, Const<52844>, Const<52845>, Const<52846>, Const<52847>),
        (Const<52848>, Const<52849>, Const<52850>, Const<52851>, Const<52852>, Const<52853>, Const<52854>, Const<52855>, Const<52856>, Const<52857>, Const<52858>, Const<52859>, Const<52860>, Const<52861>, Const<52862>, Const<52863>),
        (Const<52864>, Const<52865>, Const<52866>, Const<52867>, Const<52868>, Const<52869>, Const<52870>, Const<52871>, Const<52872>, Const<52873>, Const<52874>, Const<52875>, Const<52876>, Const<52877>, Const<52878>, Const<52879>),
        (Const<52880>, Const<52881>, Const<52882>, Const<52883>, Const<52884>, Const<52885>, Const<52886>, Const<52887>, Const<52888>, Const<52889>, Const<52890>, Const<52891>, Const<52892>, Const<52893>, Const<52894>, Const<52895>),
        (Const<52896>, Const<52897>, Const<52898>, Const<52899>, Const<52900>, Const<52901>, Const<52902>, Const<52903>, Const<52904>, Const<52905>, Const<52906>, Const<52907>, Const<52908>, Const<52909>, Const<52910>, Const<52911>),
        (Const<52912>, Const<52913>, Const<52914>, Const<52915>, Const<52916>, Const<52917>, Const<52918>, Const<52919>, Const<52920>, Const<52921>, Const<52922>, Const<52923>, Const<52924>, Const<52925>, Const<52926>, Const<52927>),
        (Const<52928>, Const<52929>, Const<52930>, Const<52931>, Const<52932>, Const<52933>, Const<52934>, Const<52935>, Const<52936>, Const<52937>, Const<52938>, Const<52939>, Const<52940>, Const<52941>, Const<52942>, Const<52943>),
        (Const<52944>, Const<52945>, Const<52946>, Const<52947>, Const<52948>, Const<52949>, Const<52950>, Const<52951>, Const<52952>, Const<52953>, Const<52954>, Const<52955>, Const<52956>, Const<52957>, Const<52958>, Const<52959>),
        (Const<52960>, Const<52961>, Const<52962>, Const<52963>, Const<52964>, Const<52965>, Const<52966>, Const<52967>, Const<52968>, Const<52969>, Const<52970>, Const<52971>, Const<52972>, Const<52973>, Const<52974>, Const<52975>),
        (Const<52976>, Const<52977>, Const<52978>, Const<52979>, Const<52980>, Const<52981>, Const<52982>, Const<52983>, Const<52984>, Const<52985>, Const<52986>, Const<52987>, Const<52988>, Const<52989>, Const<52990>, Const<52991>),
    );
}

impl Row for typenum::consts::U207 {
    type Cols = (
        (Const<52992>, Const<52993>, Const<52994>, Const<52995>, Const<52996>, Const<52997>, Const<52998>, Const<52999>, Const<53000>, Const<53001>, Const<53002>, Const<53003>, Const<53004>, Const<53005>, Const<53006>, Const<53007>),
        (Const<53008>, Const<53009>, Const<53010>, Const<53011>, Const<53012>, Const<53013>, Const<53014>, Const<53015>, Const<53016>, Const<53017>, Const<53018>, Const<53019>, Const<53020>, Const<53021>, Const<53022>, Const<53023>),
        (Const<53024>, Const<53025>, Const<53026>, Const<53027>, Const<53028>, Const<53029>, Const<53030>, Const<53031>, Const<53032>, Const<53033>, Const<53034>, Const<53035>, Const<53036>, Const<53037>, Const<53038>, Const<53039>),
        (Const<53040>, Const<53041>, Const<53042>, Const<53043>, Const<53044>, Const<53045>, Const<53046>, Const<53047>, Const<53048>, Const<53049>, Const<53050>, Const<53051>, Const<53052>, Const<53053>, Const<53054>, Const<53055>),
        (Const<53056>, Const<53057>, Const<53058>, Const<53059>, Const<53060>, Const<53061>, Const<53062>, Const<53063>, Const<53064>, Const<53065>, Const<53066>, Const<53067>, Const<53068>, Const<53069>, Const<53070>, Const<53071>),
        (Const<53072>, Const<53073>, Const<53074>, Const<53075>, Const<53076>, Const<53077>, Const<53078>, Const<53079>, Const<53080>, Const<53081>, Const<53082>, Const<53083>, Const<53084>, Const<53085>, Const<53086>, Const<53087>),
        (Const<53088>, Const<53089>, Const<53090>, Const<53091>, Const<53092>, Const<53093>, Const<53094>, Const<53095>, Const<53096>, Const<53097>, Const<53098>, Const<53099>, Const<53100>, Const<53101>, Const<53102>, Const<53103>),
        (Const<53104>, Const<53105>, Const<53106>, Const<53107>, Const<53108>, Const<53109>, Const<53110>, Const<53111>, Const<53112>, Const<53113>, Const<53114>, Const<53115>, Const<53116>, Const<53117>, Const<53118>, Const<53119>),
        (Const<53120>, Const<53121>, Const<53122>, Const<53123>, Const<53124>, Const<53125>, Const<53126>, Const<53127>, Const<53128>, Const<53129>, Const<53130>, Const<53131>, Const<53132>, Const<53133>, Const<53134>, Const<53135>),
        (Const<53136>, Const<53137>, Const<53138>, Const<53139>, Const<53140>, Const<53141>, Const<53142>, Const<53143>, Const<53144>, Const<53145>, Const<53146>, Const<53147>, Const<53148>, Const<53149>, Const<53150>, Const<53151>),
        (Const<53152>, Const<53153>, Const<53154>, Const<53155>, Const<53156>, Const<53157>, Const<53158>, Const<53159>, Const<53160>, Const<53161>, Const<53162>, Const<53163>, Const<53164>, Const<53165>, Const<53166>, Const<53167>),
        (Const<53168>, Const<53169>, Const<53170>, Const<53171>, Const<53172>, Const<53173>, Const<53174>, Const<53175>, Const<53176>, Const<53177>, Const<53178>, Const<53179>, Const<53180>, Const<53181>, Const<53182>, Const<53183>),
        (Const<53184>, Const<53185>, Const<53186>, Const<53187>, Const<53188>, Const<53189>, Const<53190>, Const<53191>, Const<53192>, Const<53193>, Const<53194>, Const<53195>, Const<53196>, Const<53197>, Const<53198>, Const<53199>),
        (Const<53200>, Const<53201>, Const<53202>, Const<53203>, Const<53204>, Const<53205>, Const<53206>, Const<53207>, Const<53208>, Const<53209>, Const<53210>, Const<53211>, Const<53212>, Const<53213>, Const<53214>, Const<53215>),
        (Const<53216>, Const<53217>, Const<53218>, Const<53219>, Const<53220>, Const<53221>, Const<53222>, Const<53223>, Const<53224>, Const<53225>, Const<53226>, Const<53227>, Const<53228>, Const<53229>, Const<53230>, Const<53231>),
        (Const<53232>, Const<53233>, Const<53234>, Const<53235>, Const<53236>, Const<53237>, Const<53238>, Const<53239>, Const<53240>, Const<53241>, Const<53242>, Const<53243>, Const<53244>, Const<53245>, Const<53246>, Const<53247>),
    );
}

impl Row for typenum::consts::U208 {
    type Cols = (
        (Const<53248>, Const<53249>, Const<53250>, Const<53251>, Const<53252>, Const<53253>, Const<53254>, Const<53255>, Const<53256>, Const<53257>, Const<53258>, Const<53259>, Const<53260>, Const<53261>, Const<53262>, Const<53263>),
        (Const<53264>, Const<53265>, Const<53266>, Const<53267>, Const<53268>, Const<53269>, Const<53270>, Const<53271>, Const<53272>, Const<53273>, Const<53274>, Const<53275>, Const<53276>, Const<53277>, Const<53278>, Const<53279>),
        (Const<53280>, Const<53281>, Const<53282>, Const<53283>, Const<53284>, Const<53285>, Const<53286>, Const<53287>, Const<53288>, Const<53289>, Const<53290>, Const<53291>, Const<53292>, Const<53293>, Const<53294>, Const<53295>),
        (Const<53296>, Const<53297>, Const<53298>, Const<53299>, Const<53300>, Const<53301>, Const<53302>, Const<53303>, Const<53304>, Const<53305>, Const<53306>, Const<53307>, Const<53308>, Const<53309>, Const<53310>, Const<53311>),
        (Const<53312>, Const<53313>, Const<53314>, Const<53315>, Const<53316>, Const<53317>, Const<53318>, Const<53319>, Const<53320>, Const<53321>, Const<53322>, Const<53323>, Const<53324>, Const<53325>, Const<53326>, Const<53327>),
        (Const<53328>, Const<53329>, Const<53330>, Const<53331>, Const<53332>, Const<53333>, Const<53334>, Const<53335>, Const<53336>, Const<53337>, Const<53338>, Const<53339>, Const<53340>, Const<53341>, Const<53342>, Const<53343>),
        (Const<53344>, Const<53345>, Const<53346>, Const<53347>, Const<53348>, Const<53349>, Const<53350>, Const<53351>, Const<53352>, Const<53353>, Const<53354>, Const<53355>, Const<53356>, Const<53357>, Const<53358>, Const<53359>),
        (Const<53360>, Const<53361>, Const<53362>, Const<53363>, Const<53364>, Const<53365>, Const<53366>, Const<53367>, Const<53368>, Const<53369>, Const<53370>, Const<53371>, Const<53372>, Const<53373>, Const<53374>, Const<53375>),
        (Const<53376>, Const<53377>, Const<53378>, Const<53379>, Const<53380>, Const<53381>, Const<53382>, Const<53383>, Const<53384>, Const<53385>, Const<53386>, Const<53387>, Const<53388>, Const<53389>, Const<53390>, Const<53391>),
        (Const<53392>, Const<53393>, Const<53394>, Const<53395>, Const<53396>, Const<53397>, Const<53398>, Const<53399>, Const<53400>, Const<53401>, Const<53402>, Const<53403>, Const<53404>, Const<53405>, Const<53406>, Const<53407>),
        (Const<53408>, Const<53409>, Const<53410>, Const<53411>, Const<53412>, Const<53413>, Const<53414>, Const<53415>, Const<53416>, Const<53417>, Const<53418>, Const<53419>, Const<53420>, Const<53421>, Const<53422>, Const<53423>),
        (Const<53424>, Const<53425>, Const<53426>, Const<53427>, Const<53428>, Const<53429>, Const<53430>, Const<53431>, Const<53432>, Const<53433>, Const<53434>, Const<53435>, Const<53436>, Const<53437>, Const<53438>, Const<53439>),
        (Const<53440>, Const<53441>, Const<53442>, Const<53443>, Const<53444>, Const<53445>, Const<53446>, Const<53447>, Const<53448>, Const<53449>, Const<53450>, Const<53451>, Const<53452>, Const<53453>, Const<53454>, Const<53455>),
        (Const<53456>, Const<53457>, Const<53458>, Const<53459>, Const<53460>, Const<53461>, Const<53462>, Const<53463>, Const<53464>, Const<53465>, Const<53466>, Const<53467>, Const<53468>, Const<53469>, Const<53470>, Const<53471>),
        (Const<53472>, Const<53473>, Const<53474>, Const<53475>, Const<53476>, Const<53477>, Const<53478>, Const<53479>, Const<53480>, Const<53481>, Const<53482>, Const<53483>, Const<53484>, Const<53485>, Const<53486>, Const<53487>),
        (Const<53488>, Const<53489>, Const<53490>, Const<53491>, Const<53492>, Const<53493>, Const<53494>, Const<53495>, Const<53496>, Const<53497>, Const<53498>, Const<53499>, Const<53500>, Const<53501>, Const<53502>, Const<53503>),
    );
}

impl Row for typenum::consts::U209 {
    type Cols = (
        (Const<53504>, Const<53505>, Const<53506>, Const<53507>, Const<53508>, Const<53509>, Const<53510>, Const<53511>, Const<53512>, Const<53513>, Const<53514>, Const<53515>, Const<53516>, Const<53517>, Const<53518>, Const<53519>),
        (Const<53520>, Const<53521>, Const<53522>, Const<53523>, Const<53524>, Const<53525>, Const<53526>, Const<53527>, Const<53528>, Const<53529>, Const<53530>, Const<53531>, Const<53532>, Const<53533>, Const<53534>, Const<53535>),
        (Const<53536>, Const<53537>, Const<53538>, Const<53539>, Const<53540>, Const<53541>, Const<53542>, Const<53543>, Const<53544>, Const<53545>, Const<53546>, Const<53547>, Const<53548>, Const<53549>, Const<53550>, Const<53551>),
        (Const<53552>, Const<53553>, Const<53554>, Const<53555>, Const<53556>, Const<53557>, Const<53558>, Const<53559>, Const<53560>, Const<53561>, Const<53562>, Const<53563>, Const<53564>, Const<53565>, Const<53566>, Const<53567>),
        (Const<53568>, Const<53569>, Const<53570>, Const<53571>, Const<53572>, Const<53573>, Const<53574>, Const<53575>, Const<53576>, Const<53577>, Const<53578>, Const<53579>, Const<53580>, Const<53581>, Const<53582>, Const<53583>),
        (Const<53584>, Const<53585>, Const<53586>, Const<53587>, Const<53588>, Const<53589>, Const<53590>, Const<53591>, Const<53592>, Const<53593>, Const<53594>, Const<53595>, Const<53596>, Const<53597>, Const<53598>, Const<53599>),
        (Const<53600>, Const<53601>, Const<53602>, Const<53603>, Const<53604>, Const<53605>, Const<53606>, Const<53607>, Const<53608>, Const<53609>, Const<53610>, Const<53611>, Const<53612>, Const<53613>, Const<53614>, Const<53615>),
        (Const<53616>, Const<53617>, Const<53618>, Const<53619>, Const<53620>, Const<53621>, Const<53622>, Const<53623>, Const<53624>, Const<53625>, Const<53626>, Const<53627>, Const<53628>, Const<53629>, Const<53630>, Const<53631>),
        (Const<53632>, Const<53633>, Const<53634>, Const<53635>, Const<53636>, Const<53637>, Const<53638>, Const<53639>, Const<53640>, Const<53641>, Const<53642>, Const<53643>, Const<53644>, Const<53645>, Const<53646>, Const<53647>),
        (Const<53648>, Const<53649>, Const<53650>, Const<53651>, Const<53652>, Const<53653>, Const<53654>, Const<53655>, Const<53656>, Const<53657>, Const<53658>, Const<53659>, Const<53660>, Const<53661>, Const<53662>, Const<53663>),
        (Const<53664>, Const<53665>, Const<53666>, Const<53667>, Const<53668>, Const<53669>, Const<53670>, Const<53671>, Const<53672>, Const<53673>, Const<53674>, Const<53675>, Const<53676>, Const<53677>, Const<53678>, Const<53679>),
        (Const<53680>, Const<53681>, Const<53682>, Const<53683>, Const<53684>, Const<53685>, Const<53686>, Const<53687>, Const<53688>, Const<53689>, Const<53690>, Const<53691>, Const<53692>, Const<53693>, Const<53694>, Const<53695>),
        (Const<53696>, Const<53697>, Const<53698>, Const<53699>, Const<53700>, Const<53701>, Const<53702>, Const<53703>, Const<53704>, Const<53705>, Const<53706>, Const<53707>, Const<53708>, Const<53709>, Const<53710>, Const<53711>),
        (Const<53712>, Const<53713>, Const<53714>, Const<53715>, Const<53716>, Const<53717>, Const<53718>, Const<53719>, Const<53720>, Const<53721>, Const<53722>, Const<53723>, Const<53724>, Const<53725>, Const<53726>, Const<53727>),
        (Const<53728>, Const<53729>, Const<53730>, Const<53731>, Const<53732>, Const<53733>, Const<53734>, Const<53735>, Const<53736>, Const<53737>, Const<53738>, Const<53739>, Const<53740>, Const<53741>, Const<53742>, Const<53743>),
        (Const<53744>, Const<53745>, Const<53746>, Const<53747>, Const<53748>, Const<53749>, Const<53750>, Const<53751>, Const<53752>, Const<53753>, Const<53754>, Const<53755>, Const<53756>, Const<53757>, Const<53758>, Const<53759>),
    );
}

impl Row for typenum::consts::U210 {
    type Cols = (
        (Const<53760>, Const<53761>, Const<53762>, Const<53763>, Const<53764>, Const<53765>, Const<53766>, Const<53767>, Const<53768>, Const<53769>, Const<53770>, Const<53771>, Const<53772>, Const<53773>, Const<53774>, Const<53775>),
        (Const<53776>, Const<53777>, Const<53778>, Const<53779>, Const<53780>, Const<53781>, Const<53782>, Const<53783>, Const<53784>, Const<53785>, Const<53786>, Const<53787>, Const<53788>, Const<53789>, Const<53790>, Const<53791>),
        (Const<53792>, Const<53793>, Const<53794>, Const<53795>, Const<53796>, Const<53797>, Const<53798>, Const<53799>, Const<53800>, Const<53801>, Const<53802>, Const<53803>, Const<53804>, Const<53805>, Const<53806>, Const<53807>),
        (Const<53808>, Const<53809>, Const<53810>, Const<53811>, Const<53812>, Const<53813>, Const<53814>, Const<53815>, Const<53816>, Const<53817>, Const<53818>, Const<53819>, Const<53820>, Const<53821>, Const<53822>, Const<53823>),
        (Const<53824>, Const<53825>, Const<53826>, Const<53827>, Const<53828>, Const<53829>, Const<53830>, Const<53831>, Const<53832>, Const<53833>, Const<53834>, Const<53835>, Const<53836>, Const<53837>, Const<53838>, Const<53839>),
        (Const<53840>, Const<53841>, Const<53842>, Const<53843>, Const<53844>, Const<53845>, Const<53846>, Const<53847>, Const<53848>, Const<53849>, Const<53850>, Const<53851>, Const<53852>, Const<53853>, Const<53854>, Const<53855>),
        (Const<53856>, Const<53857>, Const<53858>, Const<53859>, Const<53860>, Const<53861>, Const<53862>, Const<53863>, Const<53864>, Const<53865>, Const<53866>, Const<53867>, Const<53868>, Const<53869>, Const<53870>, Const<53871>),
        (Const<53872>, Const<53873>, Const<53874>, Const<53875>, Const<53876>, Const<53877>, Const<53878>, Const<53879>, Const<53880>, Const<53881>, Const<53882>, Const<53883>, Const<53884>, Const<53885>, Const<53886>, Const<53887>),
        (Const<53888>, Const<53889>, Const<53890>, Const<53891>, Const<53892>, Const<53893>, Const<53894>, Const<53895>, Const<53896>, Const<53897>, Const<53898>, Const<53899>, Const<53900>, Const<53901>, Const<53902>, Const<53903>),
        (Const<53904>, Const<53905>, Const<53906>, Const<53907>, Const<53908>, Const<53909>, Const<53910>, Const<53911>, Const<53912>, Const<53913>, Const<53914>, Const<53915>, Const<53916>, Const<53917>, Const<53918>, Const<53919>),
        (Const<53920>, Const<53921>, Const<53922>, Const<53923>, Const<53924>, Const<53925>, Const<53926>, Const<53927>, Const<53928>, Const<53929>, Const<53930>, Const<53931>, Const<53932>, Const<53933>, Const<53934>, Const<53935>),
        (Const<53936>, Const<53937>, Const<53938>, Const<53939>, Const<53940>, Const<53941>, Const<53942>, Const<53943>, Const<53944>, Const<53945>, Const<53946>, Const<53947>, Const<53948>, Const<53949>, Const<53950>, Const<53951>),
        (Const<53952>, Const<53953>, Const<53954>, Const<53955>, Const<53956>, Const<53957>, Const<53958>, Const<53959>, Const<53960>, Const<53961>, Const<53962>, Const<53963>, Const<53964>, Const<53965>, Const<53966>, Const<53967>),
        (Const<53968>, Const<53969>, Const<53970>, Const<53971>, Const<53972>, Const<53973>, Const<53974>, Const<53975>, Const<53976>, Const<53977>, Const<53978>, Const<53979>, Const<53980>, Const<53981>, Const<53982>, Const<53983>),
        (Const<53984>, Const<53985>, Const<53986>, Const<53987>, Const<53988>, Const<53989>, Const<53990>, Const<53991>, Const<53992>, Const<53993>, Const<53994>, Const<53995>, Const<53996>, Const<53997>, Const<53998>, Const<53999>),
        (Const<54000>, Const<54001>, Const<54002>, Const<54003>, Const<54004>, Const<54005>, Const<54006>, Const<54007>, Const<54008>, Const<54009>, Const<54010>, Const<54011>, Const<54012>, Const<54013>, Const<54014>, Const<54015>),
    );
}

impl Row for typenum::consts::U211 {
    type Cols = (
        (Const<54016>, Const<54017>, Const<54018>, Const<54019>, Const<54020>, Const<54021>, Const<54022>, Const<54023>, Const<54024>, Const<54025>, Const<54026>, Const<54027>, Const<54028>, Const<54029>, Const<54030>, Const<54031>),
        (Const<54032>, Const<54033>, Const<54034>, Const<54035>, Const<54036>, Const<54037>, Const<54038>, Const<54039>, Const<54040>, Const<54041>, Const<54042>, Const<54043>, Const<54044>, Const<54045>, Const<54046>, Const<54047>),
        (Const<54048>, Const<54049>, Const<54050>, Const<54051>, Const<54052>, Const<54053>, Const<54054>, Const<54055>, Const<54056>, Const<54057>, Const<54058>, Const<54059>, Const<54060>, Const<54061>, Const<54062>, Const<54063>),
        (Const<54064>, Const<54065>, Const<54066>, Const<54067>, Const<54068>, Const<54069>, Const<54070>, Const<54071>, Const<54072>, Const<54073>, Const<54074>, Const<54075>, Const<54076>, Const<54077>, Const<54078>, Const<54079>),
        (Const<54080>, Const<54081>, Const<54082>, Const<54083>, Const<54084>, Const<54085>, Const<54086>, Const<54087>, Const<54088>, Const<54089>, Const<54090>, Const<54091>, Const<54092>, Const<54093>, Const<54094>, Const<54095>),
        (Const<54096>, Const<54097>, Const<54098>, Const<54099>, Const<54100>, Const<54101>, Const<54102>, Const<54103>, Const<54104>, Const<54105>, Const<54106>, Const<54107>, Const<54108>, Const<54109>, Const<54110>, Const<54111>),
        (Const<54112>, Const<54113>, Const<54114>, Const<54115>, Const<54116>, Const<54117>, Const<54118>, Const<54119>, Const<54120>, Const<54121>, Const<54122>, Const<54123>, Const<54124>, Const<54125>, Const<54126>, Const<54127>),
        (Const<54128>, Const<54129>, Const<54130>, Const<54131>, Const<54132>, Const<54133>, Const<54134>, Const<54135>, Const<54136>, Const<54137>, Const<54138>, Const<54139>, Const<54140>, Const<54141>, Const<54142>, Const<54143>),
        (Const<54144>, Const<54145>, Const<54146>, Const<54147>, Const<54148>, Const<54149>, Const<54150>, Const<54151>, Const<54152>, Const<54153>, Const<54154>, Const<54155>, Const<54156>, Const<54157>, Const<54158>, Const<54159>),
        (Const<54160>, Const<54161>, Const<54162>, Const<54163>, Const<54164>, Const<54165>, Const<54166>, Const<54167>, Const<54168>, Const<54169>, Const<54170>, Const<54171>, Const<54172>, Const<54173>, Const<54174>, Const<54175>),
        (Const<54176>, Const<54177>, Const<54178>, Const<54179>, Const<54180>, Const<54181>, Const<54182>, Const<54183>, Const<54184>, Const<54185>, Const<54186>, Const<54187>, Const<54188>, Const<54189>, Const<54190>, Const<54191>),
        (Const<54192>, Const<54193>, Const<54194>, Const<54195>, Const<54196>, Const<54197>, Const<54198>, Const<54199>, Const<54200>, Const<54201>, Const<54202>, Const<54203>, Const<54204>, Const<54205>, Const<54206>, Const<54207>),
        (Const<54208>, Const<54209>, Const<54210>, Const<54211>, Const<54212>, Const<54213>, Const<54214>, Const<54215>, Const<54216>, Const<54217>, Const<54218>, Const<54219>, Const<54220>, Const<54221>, Const<54222>, Const<54223>),
        (Const<54224>, Const<54225>, Const<54226>, Const<54227>, Const<54228>, Const<54229>, Const<54230>, Const<54231>, Const<54232>, Const<54233>, Const<54234>, Const<54235>, Const<54236>, Const<54237>, Const<54238>, Const<54239>),
        (Const<54240>, Const<54241>, Const<54242>, Const<54243>, Const<54244>, Const<54245>, Const<54246>, Const<54247>, Const<54248>, Const<54249>, Const<54250>, Const<54251>, Const<54252>, Const<54253>, Const<54254>, Const<54255>),
        (Const<54256>, Const<54257>, Const<54258>, Const<54259>, Const<54260>, Const<54261>, Const<54262>, Const<54263>, Const<54264>, Const<54265>, Const<54266>, Const<54267>, Const<54268>, Const<54269>, Const<54270>, Const<54271>),
    );
}

impl Row for typenum::consts::U212 {
    type Cols = (
        (Const<54272>, Const<54273>, Const<54274>, Const<54275>, Const<54276>, Const<54277>, Const<54278>, Const<54279>, Const<54280>, Const<54281>, Const<54282>, Const<54283>, Const<54284>, Const<54285>, Const<54286>, Const<54287>),
        (Const<54288>, Const<54289>, Const<54290>, Const<54291>, Const<54292>, Const<54293>, Const<54294>, Const<54295>, Const<54296>, Const<54297>, Const<54298>, Const<54299>, Const<54300>, Const<54301>, Const<54302>, Const<54303>),
        (Const<54304>, Const<54305>, Const<54306>, Const<54307>, Const<54308>, Const<54309>, Const<54310>, Const<54311>, Const<54312>, Const<54313>, Const<54314>, Const<54315>, Const<54316>, Const<54317>, Const<54318>, Const<54319>),
        (Const<54320>, Const<54321>, Const<54322>, Const<54323>, Const<54324>, Const<54325>, Const<54326>, Const<54327>, Const<54328>, Const<54329>, Const<54330>, Const<54331>, Const<54332>, Const<54333>, Const<54334>, Const<54335>),
        (Const<54336>, Const<54337>, Const<54338>, Const<54339>, Const<54340>, Const<54341>, Const<54342>, Const<54343>, Const<54344>, Const<54345>, Const<54346>, Const<54347>, Const<54348>, Const<54349>, Const<54350>, Const<54351>),
        (Const<54352>, Const<54353>, Const<54354>, Const<54355>, Const<54356>, Const<54357>, Const<54358>, Const<54359>, Const<54360>, Const<54361>, Const<54362>, Const<54363>, Const<54364>, Const<54365>, Const<54366>, Const<54367>),
        (Const<54368>, Const<54369>, Const<54370>, Const<54371>, Const<54372>, Const<54373>, Const<54374>, Const<54375>, Const<54376>, Const<54377>, Const<54378>, Const<54379>, Const<54380>, Const<54381>, Const<54382>, Const<54383>),
        (Const<54384>, Const<54385>, Const<54386>, Const<54387>, Const<54388>, Const<54389>, Const<54390>, Const<54391>, Const<54392>, Const<54393>, Const<54394>, Const<54395>, Const<54396>, Const<54397>, Const<54398>, Const<54399>),
        (Const<54400>, Const<54401>, Const<54402>, Const<54403>, Const<54404>, Const<54405>, Const<54406>, Const<54407>, Const<54408>, Const<54409>, Const<54410>, Const<54411>, Const<54412>, Const<54413>, Const<54414>, Const<54415>),
        (Const<54416>, Const<54417>, Const<54418>, Const<54419>, Const<54420>, Const<54421>, Const<54422>, Const<54423>, Const<54424>, Const<54425>, Const<54426>, Const<54427>, Const<54428>, Const<54429>, Const<54430>, Const<54431>),
        (Const<54432>, Const<54433>, Const<54434>, Const<54435>, Const<54436>, Const<54437>, Const<54438>, Const<54439>, Const<54440>, Const<54441>, Const<54442>, Const<54443>, Const<54444>, Const<54445>, Const<54446>, Const<54447>),
        (Const<54448>, Const<54449>, Const<54450>, Const<54451>, Const<54452>, Const<54453>, Const<54454>, Const<54455>, Const<54456>, Const<54457>, Const<54458>, Const<54459>, Const<54460>, Const<54461>, Const<54462>, Const<54463>),
        (Const<54464>, Const<54465>, Const<54466>, Const<54467>, Const<54468>, Const<54469>, Const<54470>, Const<54471>, Const<54472>, Const<54473>, Const<54474>, Const<54475>, Const<54476>, Const<54477>, Const<54478>, Const<54479>),
        (Const<54480>, Const<54481>, Const<54482>, Const<54483>, Const<54484>, Const<54485>, Const<54486>, Const<54487>, Const<54488>, Const<54489>, Const<54490>, Const<54491>, Const<54492>, Const<54493>, Const<54494>, Const<54495>),
        (Const<54496>, Const<54497>, Const<54498>, Const<54499>, Const<54500>, Const<54501>, Const<54502>, Const<54503>, Const<54504>, Const<54505>, Const<54506>, Const<54507>, Const<54508>, Const<54509>, Const<54510>, Const<54511>),
        (Const<54512>, Const<54513>, Const<54514>, Const<54515>, Const<54516>, Const<54517>, Const<54518>, Const<54519>, Const<54520>, Const<54521>, Const<54522>, Const<54523>, Const<54524>, Const<54525>, Const<54526>, Const<54527>),
    );
}

impl Row for typenum::consts::U213 {
    type Cols = (
        (Const<54528>, Const<54529>, Const<54530>, Const<54531>, Const<54532>, Const<54533>, Const<54534>, Const<54535>, Const<54536>, Const<54537>, Const<54538>, Const<54539>, Const<54540>, Const<54541>, Const<54542>, Const<54543>),
        (Const<54544>, Const<54545>, Const<54546>, Const<54547>, Const<54548>, Const<54549>, Const<54550>, Const<54551>, Const<54552>, Const<54553>, Const<54554>, Const<54555>, Const<54556>, Const<54557>, Const<54558>, Const<54559>),
        (Const<54560>, Const<54561>, Const<54562>, Const<54563>, Const<54564>, Const<54565>, Const<54566>, Const<54567>, Const<54568>, Const<54569>, Const<54570>, Const<54571>, Const<54572>, Const<54573>, Const<54574>, Const<54575>),
        (Const<54576>, Const<54577>, Const<54578>, Const<54579>, Const<54580>, Const<54581>, Const<54582>, Const<54583>, Const<54584>, Const<54585>, Const<54586>, Const<54587>, Const<54588>, Const<54589>, Const<54590>, Const<54591>),
        (Const<54592>, Const<54593>, Const<54594>, Const<54595>, Const<54596>, Const<54597>, Const<54598>, Const<54599>, Const<54600>, Const<54601>, Const<54602>, Const<54603>, Const<54604>, Const<54605>, Const<54606>, Const<54607>),
        (Const<54608>, Const<54609>, Const<54610>, Const<54611>, Const<54612>, Const<54613>, Const<54614>, Const<54615>, Const<54616>, Const<54617>, Const<54618>, Const<54619>, Const<54620>, Const<54621>, Const<54622>, Const<54623>),
        (Const<54624>, Const<54625>, Const<54626>, Const<54627>, Const<54628>, Const<54629>, Const<54630>, Const<54631>, Const<54632>, Const<54633>, Const<54634>, Const<54635>, Const<54636>, Const<54637>, Const<54638>, Const<54639>),
        (Const<54640>, Const<54641>, Const<54642>, Const<54643>, Const<54644>, Const<54645>, Const<54646>, Const<54647>, Const<54648>, Const<54649>, Const<54650>, Const<54651>, Const<54652>, Const<54653>, Const<54654>, Const<54655>),
        (Const<54656>, Const<54657>, Const<54658>, Const<54659>, Const<54660>, Const<54661>, Const<54662>, Const<54663>, Const<54664>, Const<54665>, Const<54666>, Const<54667>, Const<54668>, Const<54669>, Const<54670>, Const<54671>),
        (Const<54672>, Const<54673>, Const<54674>, Const<54675>, Const<54676>, Const<54677>, Const<54678>, Const<54679>, Const<54680>, Const<54681>, Const<54682>, Const<54683>, Const<54684>, Const<54685>, Const<54686>, Const<54687>),
        (Const<54688>, Const<54689>, Const<54690>, Const<54691>, Const<54692>, Const<54693>, Const<54694>, Const<54695>, Const<54696>, Const<54697>, Const<54698>, Const<54699>, Const<54700>, Const<54701>, Const<54702>, Const<54703>),
        (Const<54704>, Const<54705>, Const<54706>, Const<54707>, Const<54708>, Const<54709>, Const<54710>, Const<54711>, Const<54712>, Const<54713>, Const<54714>, Const<54715>, Const<54716>, Const<54717>, Const<54718>, Const<54719>),
        (Const<54720>, Const<54721>, Const<54722>, Const<54723>, Const<54724>, Const<54725>, Const<54726>, Const<54727>, Const<54728>, Const<54729>, Const<54730>, Const<54731>, Const<54732>, Const<54733>, Const<54734>, Const<54735>),
        (Const<54736>, Const<54737>, Const<54738>, Const<54739>, Const<54740>, Const<54741>, Const<54742>, Const<54743>, Const<54744>, Const<54745>, Const<54746>, Const<54747>, Const<54748>, Const<54749>, Const<54750>, Const<54751>),
        (Const<54752>, Const<54753>, Const<54754>, Const<54755>, Const<54756>, Const<54757>, Const<54758>, Const<54759>, Const<54760>, Const<54761>, Const<54762>, Const<54763>, Const<54764>, Const<54765>, Const<54766>, Const<54767>),
        (Const<54768>, Const<54769>, Const<54770>, Const<54771>, Const<54772>, Const<54773>, Const<54774>, Const<54775>, Const<54776>, Const<54777>, Const<54778>, Const<54779>, Const<54780>, Const<54781>, Const<54782>, Const<54783>),
    );
}

impl Row for typenum::consts::U214 {
    type Cols = (
        (Const<54784>, Const<54785>, Const<54786>, Const<54787>, Const<54788>, Const<54789>, Const<54790>, Const<54791>, Const<54792>, Const<54793>, Const<54794>, Const<54795>, Const<54796>, Const<54797>, Const<54798>, Const<54799>),
        (Const<54800>, Const<54801>, Const<54802>, Const<54803>, Const<54804>, Const<54805>, Const<54806>, Const<54807>, Const<54808>, Const<54809>, Const<54810>, Const<54811>, Const<54812>, Const<54813>, Const<54814>, Const<54815>),
        (Const<54816>, Const<54817>, Const<54818>, Const<54819>, Const<54820>, Const<54821>, Const<54822>, Const<54823>, Const<54824>, Const<54825>, Const<54826>, Const<54827>, Const<54828>, Const<54829>, Const<54830>, Const<54831>),
        (Const<54832>, Const<54833>, Const<54834>, Const<54835>, Const<54836>, Const<54837>, Const<54838>, Const<54839>, Const<54840>, Const<54841>, Const<54842>, Const<54843>, Const<54844>, Const<54845>, Const<54846>, Const<54847>),
        (Const<54848>, Const<54849>, Const<54850>, Const<54851>, Const<54852>, Const<54853>, Const<54854>, Const<54855>, Const<54856>, Const<54857>, Const<54858>, Const<54859>, Const<54860>, Const<54861>, Const<54862>, Const<54863>),
        (Const<54864>, Const<54865>, Const<54866>, Const<54867>, Const<54868>, Const<54869>, Const<54870>, Const<54871>, Const<54872>, Const<54873>, Const<54874>, Const<54875>, Const<54876>, Const<54877>, Const<54878>, Const<54879>),
        (Const<54880>, Const<54881>, Const<54882>, Const<54883>, Const<54884>, Const<54885>, Const<54886>, Const<54887>, Const<54888>, Const<54889>, Const<54890>, Const<54891>, Const<54892>, Const<54893>, Const<54894>, Const<54895>),
        (Const<54896>, Const<54897>, Const<54898>, Const<54899>, Const<54900>, Const<54901>, Const<54902>, Const<54903>, Const<54904>, Const<54905>, Const<54906>, Const<54907>, Const<54908>, Const<54909>, Const<54910>, Const<54911>),
        (Const<54912>, Const<54913>, Const<54914>, Const<54915>, Const<54916>, Const<54917>, Const<54918>, Const<54919>, Const<54920>, Const<54921>, Const<54922>, Const<54923>, Const<54924>, Const<54925>, Const<54926>, Const<54927>),
        (Const<54928>, Const<54929>, Const<54930>, Const<54931>, Const<54932>, Const<54933>, Const<54934>, Const<54935>, Const<54936>, Const<54937>, Const<54938>, Const<54939>, Const<54940>, Const<54941>, Const<54942>, Const<54943>),
        (Const<54944>, Const<54945>, Const<54946>, Const<54947>, Const<54948>, Const<54949>, Const<54950>, Const<54951>, Const<54952>, Const<54953>, Const<54954>, Const<54955>, Const<54956>, Const<54957>, Const<54958>, Const<54959>),
        (Const<54960>, Const<54961>, Const<54962>, Const<54963>, Const<54964>, Const<54965>, Const<54966>, Const<54967>, Const<54968>, Const<54969>, Const<54970>, Const<54971>, Const<54972>, Const<54973>, Const<54974>, Const<54975>),
        (Const<54976>, Const<54977>, Const<54978>, Const<54979>, Const<54980>, Const<54981>, Const<54982>, Const<54983>, Const<54984>, Const<54985>, Const<54986>, Const<54987>, Const<54988>, Const<54989>, Const<54990>, Const<54991>),
        (Const<54992>, Const<54993>, Const<54994>, Const<54995>, Const<54996>, Const<54997>, Const<54998>, Const<54999>, Const<55000>, Const<55001>, Const<55002>, Const<55003>, Const<55004>, Const<55005>, Const<55006>, Const<55007>),
        (Const<55008>, Const<55009>, Const<55010>, Const<55011>, Const<55012>, Const<55013>, Const<55014>, Const<55015>, Const<55016>, Const<55017>, Const<55018>, Const<55019>, Const<55020>, Const<55021>, Const<55022>, Const<55023>),
        (Const<55024>, Const<55025>, Const<55026>, Const<55027>, Const<55028>, Const<55029>, Const<55030>, Const<55031>, Const<55032>, Const<55033>, Const<55034>, Const<55035>, Const<55036>, Const<55037>, Const<55038>, Const<55039>),
    );
}

impl Row for typenum::consts::U215 {
    type Cols = (
        (Const<55040>, Const<55041>, Const<55042>, Const<55043>, Const<55044>, Const<55045>, Const<55046>, Const<55047>, Const<55048>, Const<55049>, Const<55050>, Const<55051>, Const<55052>, Const<55053>, Const<55054>, Const<55055>),
        (Const<55056>, Const<55057>, Const<55058>, Const<55059>, Const<55060>, Const<55061>, Const<55062>, Const<55063>, Const<55064>, Const<55065>, Const<55066>, Const<55067>, Const<55068>, Const<55069>, Const<55070>, Const<55071>),
        (Const<55072>, Const<55073>, Const<55074>, Const<55075>, Const<55076>, Const<55077>, Const<55078>, Const<55079>, Const<55080>, Const<55081>, Const<55082>, Const<55083>, Const<55084>, Const<55085>, Const<55086>, Const<55087>),
        (Const<55088>, Const<55089>, Const<55090>, Const<55091>, Const<55092>, Const<55093>, Const<55094>, Const<55095>, Const<55096>, Const<55097>, Const<55098>, Const<55099>, Const<55100>, Const<55101>, Const<55102>, Const<55103>),
        (Const<55104>, Const<55105>, Const<55106>, Const<55107>, Const<55108>, Const<55109>, Const<55110>, Const<55111>, Const<55112>, Const<55113>, Const<55114>, Const<55115>, Const<55116>, Const<55117>, Const<55118>, Const<55119>),
        (Const<55120>, Const<55121>, Const<55122>, Const<55123>, Const<55124>, Const<55125>, Const<55126>, Const<55127>, Const<55128>, Const<55129>, Const<55130>, Const<55131>, Const<55132>, Const<55133>, Const<55134>, Const<55135>),
        (Const<55136>, Const<55137>, Const<55138>, Const<55139>, Const<55140>, Const<55141>, Const<55142>, Const<55143>, Const<55144>, Const<55145>, Const<55146>, Const<55147>, Const<55148>, Const<55149>, Const<55150>, Const<55151>),
        (Const<55152>, Const<55153>, Const<55154>, Const<55155>, Const<55156>, Const<55157>, Const<55158>, Const<55159>, Const<55160>, Const<55161>, Const<55162>, Const<55163>, Const<55164>, Const<55165>, Const<55166>, Const<55167>),
        (Const<55168>, Const<55169>, Const<55170>, Const<55171>, Const<55172>, Const<55173>, Const<55174>, Const<55175>, Const<55176>, Const<55177>, Const<55178>, Const<55179>, Const<55180>, Const<55181>, Const<55182>, Const<55183>),
        (Const<55184>, Const<55185>, Const<55186>, Const<55187>, Const<55188>, Const<55189>, Const<55190>, Const<55191>, Const<55192>, Const<55193>, Const<55194>, Const<55195>, Const<55196>, Const<55197>, Const<55198>, Const<55199>),
        (Const<55200>, Const<55201>, Const<55202>, Const<55203>, Const<55204>, Const<55205>, Const<55206>, Const<55207>, Const<55208>, Const<55209>, Const<55210>, Const<55211>, Const<55212>, Const<55213>, Const<55214>, Const<55215>),
        (Const<55216>, Const<55217>, Const<55218>, Const<55219>, Const<55220>, Const<55221>, Const<55222>, Const<55223>, Const<55224>, Const<55225>, Const<55226>, Const<55227>, Const<55228>, Const<55229>, Const<55230>, Const<55231>),
        (Const<55232>, Const<55233>, Const<55234>, Const<55235>, Const<55236>, Const<55237>, Const<55238>, Const<55239>, Const<55240>, Const<55241>, Const<55242>, Const<55243>, Const<55244>, Const<55245>, Const<55246>, Const<55247>),
        (Const<55248>, Const<55249>, Const<55250>, Const<55251>, Const<55252>, Const<55253>, Const<55254>, Const<55255>, Const<55256>, Const<55257>, Const<55258>, Const<55259>, Const<55260>, Const<55261>, Const<55262>, Const<55263>),
        (Const<55264>, Const<55265>, Const<55266>, Const<55267>, Const<55268>, Const<55269>, Const<55270>, Const<55271>, Const<55272>, Const<55273>, Const<55274>, Const<55275>, Const<55276>, Const<55277>, Const<55278>, Const<55279>),
        (Const<55280>, Const<55281>, Const<55282>, Const<55283>, Const<55284>, Const<55285>, Const<55286>, Const<55287>, Const<55288>, Const<55289>, Const<55290>, Const<55291>, Const<55292>, Const<55293>, Const<55294>, Const<55295>),
    );
}

impl Row for typenum::consts::U216 {
    type Cols = (
        (Const<55296>, Const<55297>, Const<55298>, Const<55299>, Const<55300>, Const<55301>, Const<55302>, Const<55303>, Const<55304>, Const<55305>, Const<55306>, Const<55307>, Const<55308>, Const<55309>, Const<55310>, Const<55311>),
        (Const<55312>, Const<55313>, Const<55314>, Const<55315>, Const<55316>, Const<55317>, Const<55318>, Const<55319>, Const<55320>, Const<55321>, Const<55322>, Const<55323>, Const<55324>, Const<55325>, Const<55326>, Const<55327>),
        (Const<55328>, Const<55329>, Const<55330>, Const<55331>, Const<55332>, Const<55333>, Const<55334>, Const<55335>, Const<55336>, Const<55337>, Const<55338>, Const<55339>, Const<55340>, Const<55341>, Const<55342>, Const<55343>),
        (Const<55344>, Const<55345>, Const<55346>, Const<55347>, Const<55348>, Const<55349>, Const<55350>, Const<55351>, Const<55352>, Const<55353>, Const<55354>, Const<55355>, Const<55356>, Const<55357>, Const<55358>, Const<55359>),
        (Const<55360>, Const<55361>, Const<55362>, Const<55363>, Const<55364>, Const<55365>, Const<55366>, Const<55367>, Const<55368>, Const<55369>, Const<55370>, Const<55371>, Const<55372>, Const<55373>, Const<55374>, Const<55375>),
        (Const<55376>, Const<55377>, Const<55378>, Const<55379>, Const<55380>, Const<55381>, Const<55382>, Const<55383>, Const<55384>, Const<55385>, Const<55386>, Const<55387>, Const<55388>, Const<55389>, Const<55390>, Const<55391>),
        (Const<55392>, Const<55393>, Const<55394>, Const<55395>, Const<55396>, Const<55397>, Const<55398>, Const<55399>, Const<55400>, Const<55401>, Const<55402>, Const<55403>, Const<55404>, Const<55405>, Const<55406>, Const<55407>),
        (Const<55408>, Const<55409>, Const<55410>, Const<55411>, Const<55412>, Const<55413>, Const<55414>, Const<55415>, Const<55416>, Const<55417>, Const<55418>, Const<55419>, Const<55420>, Const<55421>, Const<55422>, Const<55423>),
        (Const<55424>, Const<55425>, Const<55426>, Const<55427>, Const<55428>, Const<55429>, Const<55430>, Const<55431>, Const<55432>, Const<55433>, Const<55434>, Const<55435>, Const<55436>, Const<55437>, Const<55438>, Const<55439>),
        (Const<55440>, Const<55441>, Const<55442>, Const<55443>, Const<55444>, Const<55445>, Const<55446>, Const<55447>, Const<55448>, Const<55449>, Const<55450>, Const<55451>, Const<55452>, Const<55453>, Const<55454>, Const<55455>),
        (Const<55456>, Const<55457>, Const<55458>, Const<55459>, Const<55460>, Const<55461>, Const<55462>, Const<55463>, Const<55464>, Const<55465>, Const<55466>, Const<55467>, Const<55468>, Const<55469>, Const<55470>, Const<55471>),
        (Const<55472>, Const<55473>, Const<55474>, Const<55475>, Const<55476>, Const<55477>, Const<55478>, Const<55479>, Const<55480>, Const<55481>, Const<55482>, Const<55483>, Const<55484>, Const<55485>, Const<55486>, Const<55487>),
        (Const<55488>, Const<55489>, Const<55490>, Const<55491>, Const<55492>, Const<55493>, Const<55494>, Const<55495>, Const<55496>, Const<55497>, Const<55498>, Const<55499>, Const<55500>, Const<55501>, Const<55502>, Const<55503>),
        (Const<55504>, Const<55505>, Const<55506>, Const<55507>, Const<55508>, Const<55509>, Const<55510>, Const<55511>, Const<55512>, Const<55513>, Const<55514>, Const<55515>, Const<55516>, Const<55517>, Const<55518>, Const<55519>),
        (Const<55520>, Const<55521>, Const<55522>, Const<55523>, Const<55524>, Const<55525>, Const<55526>, Const<55527>, Const<55528>, Const<55529>, Const<55530>, Const<55531>, Const<55532>, Const<55533>, Const<55534>, Const<55535>),
        (Const<55536>, Const<55537>, Const<55538>, Const<55539>, Const<55540>, Const<55541>, Const<55542>, Const<55543>, Const<55544>, Const<55545>, Const<55546>, Const<55547>, Const<55548>, Const<55549>, Const<55550>, Const<55551>),
    );
}

impl Row for typenum::consts::U217 {
    type Cols = (
        (Const<55552>, Const<55553>, Const<55554>, Const<55555>, Const<55556>, Const<55557>, Const<55558>, Const<55559>, Const<55560>, Const<55561>, Const<55562>, Const<55563>, Const<55564>, Const<55565>, Const<55566>, Const<55567>),
        (Const<55568>, Const<55569>, Const<55570>, Const<55571>, Const<55572>, Const<55573>, Const<55574>, Const<55575>, Const<55576>, Const<55577>, Const<55578>, Const<55579>, Const<55580>, Const<55581>, Const<55582>, Const<55583>),
        (Const<55584>, Const<55585>, Const<55586>, Const<55587>, Const<55588>, Const<55589>, Const<55590>, Const<55591>, Const<55592>, Const<55593>, Const<55594>, Const<55595>, Const<55596>, Const<55597>, Const<55598>, Const<55599>),
        (Const<55600>, Const<55601>, Const<55602>, Const<55603>, Const<55604>, Const<55605>, Const<55606>, Const<55607>, Const<55608>, Const<55609>, Const<55610>, Const<55611>, Const<55612>, Const<55613>, Const<55614>, Const<55615>),
        (Const<55616>, Const<55617>, Const<55618>, Const<55619>, Const<55620>, Const<55621>, Const<55622>, Const<55623>, Const<55624>, Const<55625>, Const<55626>, Const<55627>, Const<55628>, Const<55629>, Const<55630>, Const<55631>),
        (Const<55632>, Const<55633>, Const<55634>, Const<55635>, Const<55636>, Const<55637>, Const<55638>, Const<55639>, Const<55640>, Const<55641>, Const<55642>, Const<55643>, Const<55644>, Const<55645>, Const<55646>, Const<55647>),
        (Const<55648>, Const<55649>, Const<55650>, Const<55651>, Const<55652>, Const<55653>, Const<55654>, Const<55655>, Const<55656>, Const<55657>, Const<55658>, Const<55659>, Const<55660>, Const<55661>, Const<55662>, Const<55663>),
        (Const<55664>, Const<55665>, Const<55666>, Const<55667>, Const<55668>, Const<55669>, Const<55670>, Const<55671>, Const<55672>, Const<55673>, Const<55674>, Const<55675>, Const<55676>, Const<55677>, Const<55678>, Const<55679>),
        (Const<55680>, Const<55681>, Const<55682>, Const<55683>, Const<55684>, Const<55685>, Const<55686>, Const<55687>, Const<55688>, Const<55689>, Const<55690>, Const<55691>, Const<55692>, Const<55693>, Const<55694>, Const<55695>),
        (Const<55696>, Const<55697>, Const<55698>, Const<55699>, Const<55700>, Const<55701>, Const<55702>, Const<55703>, Const<55704>, Const<55705>, Const<55706>, Const<55707>, Const<55708>, Const<55709>, Const<55710>, Const<55711>),
        (Const<55712>, Const<55713>, Const<55714>, Const<55715>, Const<55716>, Const<55717>, Const<55718>, Const<55719>, Const<55720>, Const<55721>, Const<55722>, Const<55723>, Const<55724>, Const<55725>, Const<55726>, Const<55727>),
        (Const<55728>, Const<55729>, Const<55730>, Const<55731>, Const<55732>, Const<55733>, Const<55734>, Const<55735>, Const<55736>, Const<55737>, Const<55738>, Const<55739>, Const<55740>, Const<55741>, Const<55742>, Const<55743>),
        (Const<55744>, Const<55745>, Const<55746>, Const<55747>, Const<55748>, Const<55749>, Const<55750>, Const<55751>, Const<55752>, Const<55753>, Const<55754>, Const<55755>, Const<55756>, Const<55757>, Const<55758>, Const<55759>),
        (Const<55760>, Const<55761>, Const<55762>, Const<55763>, Const<55764>, Const<55765>, Const<55766>, Const<55767>, Const<55768>, Const<55769>, Const<55770>, Const<55771>, Const<55772>, Const<55773>, Const<55774>, Const<55775>),
        (Const<55776>, Const<55777>, Const<55778>, Const<55779>, Const<55780>, Const<55781>, Const<55782>, Const<55783>, Const<55784>, Const<55785>, Const<55786>, Const<55787>, Const<55788>, Const<55789>, Const<55790>, Const<55791>),
        (Const<55792>, Const<55793>, Const<55794>, Const<55795>, Const<55796>, Const<55797>, Const<55798>, Const<55799>, Const<55800>, Const<55801>, Const<55802>, Const<55803>, Const<55804>, Const<55805>, Const<55806>, Const<55807>),
    );
}

impl Row for typenum::consts::U218 {
    type Cols = (
        (Const<55808>, Const<55809>, Const<55810>, Const<55811>, Const<55812>, Const<55813>, Const<55814>, Const<55815>, Const<55816>, Const<55817>, Const<55818>, Const<55819>, Const<55820>, Const<55821>, Const<55822>, Const<55823>),
        (Const<55824>, Const<55825>, Const<55826>, Const<55827>, Const<55828>, Const<55829>, Const<55830>, Const<55831>, Const<55832>, Const<55833>, Const<55834>, Const<55835>, Const<55836>, Const<55837>, Const<55838>, Const<55839>),
        (Const<55840>, Const<55841>, Const<55842>, Const<55843>, Const<55844>, Const<55845>, Const<55846>, Const<55847>, Const<55848>, Const<55849>, Const<55850>, Const<55851>, Const<55852>, Const<55853>, Const<55854>, Const<55855>),
        (Const<55856>, Const<55857>, Const<55858>, Const<55859>, Const<55860>, Const<55861>, Const<55862>, Const<55863>, Const<55864>, Const<55865>, Const<55866>, Const<55867>, Const<55868>, Const<55869>, Const<55870>, Const<55871>),
        (Const<55872>, Const<55873>, Const<55874>, Const<55875>, Const<55876>, Const<55877>, Const<55878>, Const<55879>, Const<55880>, Const<55881>, Const<55882>, Const<55883>, Const<55884>, Const<55885>, Const<55886>, Const<55887>),
        (Const<55888>, Const<55889>, Const<55890>, Const<55891>, Const<55892>, Const<55893>, Const<55894>, Const<55895>, Const<55896>, Const<55897>, Const<55898>, Const<55899>, Const<55900>, Const<55901>, Const<55902>, Const<55903>),
        (Const<55904>, Const<55905>, Const<55906>, Const<55907>, Const<55908>, Const<55909>, Const<55910>, Const<55911>, Const<55912>, Const<55913>, Const<55914>, Const<55915>, Const<55916>, Const<55917>, Const<55918>, Const<55919>),
        (Const<55920>, Const<55921>, Const<55922>, Const<55923>, Const<55924>, Const<55925>, Const<55926>, Const<55927>, Const<55928>, Const<55929>, Const<55930>, Const<55931>, Const<55932>, Const<55933>, Const<55934>, Const<55935>),
        (Const<55936>, Const<55937>, Const<55938>, Const<55939>, Const<55940>, Const<55941>, Const<55942>, Const<55943>, Const<55944>, Const<55945>, Const<55946>, Const<55947>, Const<55948>, Const<55949>, Const<55950>, Const<55951>),
        (Const<55952>, Const<55953>, Const<55954>, Const<55955>, Const<55956>, Const<55957>, Const<55958>, Const<55959>, Const<55960>, Const<55961>, Const<55962>, Const<55963>, Const<55964>, Const<55965>, Const<55966>, Const<55967>),
        (Const<55968>, Const<55969>, Const<55970>, Const<55971>, Const<55972>, Const<55973>, Const<55974>, Const<55975>, Const<55976>, Const<55977>, Const<55978>, Const<55979>, Const<55980>, Const<55981>, Const<55982>, Const<55983>),
        (Const<55984>, Const<55985>, Const<55986>, Const<55987>, Const<55988>, Const<55989>, Const<55990>, Const<55991>, Const<55992>, Const<55993>, Const<55994>, Const<55995>, Const<55996>, Const<55997>, Const<55998>, Const<55999>),
        (Const<56000>, Const<56001>, Const<56002>, Const<56003>, Const<56004>, Const<56005>, Const<56006>, Const<56007>, Const<56008>, Const<56009>, Const<56010>, Const<56011>, Const<56012>, Const<56013>, Const<56014>, Const<56015>),
        (Const<56016>, Const<56017>, Const<56018>, Const<56019>, Const<56020>, Const<56021>, Const<56022>, Const<56023>, Const<56024>, Const<56025>, Const<56026>, Const<56027>, Const<56028>, Const<56029>, Const<56030>, Const<56031>),
        (Const<56032>, Const<56033>, Const<56034>, Const<56035>, Const<56036>, Const<56037>, Const<56038>, Const<56039>, Const<56040>, Const<56041>, Const<56042>, Const<56043>, Const<56044>, Const<56045>, Const<56046>, Const<56047>),
        (Const<56048>, Const<56049>, Const<56050>, Const<56051>, Const<56052>, Const<56053>, Const<56054>, Const<56055>, Const<56056>, Const<56057>, Const<56058>, Const<56059>, Const<56060>, Const<56061>, Const<56062>, Const<56063>),
    );
}

impl Row for typenum::consts::U219 {
    type Cols = (
        (Const<56064>, Const<56065>, Const<56066>, Const<56067>, Const<56068>, Const<56069>, Const<56070>, Const<56071>, Const<56072>, Const<56073>, Const<56074>, Const<56075>, Const<56076>, Const<56077>, Const<56078>, Const<56079>),
        (Const<56080>, Const<56081>, Const<56082>, Const<56083>, Const<56084>, Const<56085>, Const<56086>, Const<56087>, Const<56088>, Const<56089>, Const<56090>, Const<56091>, Const<56092>, Const<56093>, Const<56094>, Const<56095>),
        (Const<56096>, Const<56097>, Const<56098>, Const<56099>, Const<56100>, Const<56101>, Const<56102>, Const<56103>, Const<56104>, Const<56105>, Const<56106>, Const<56107>, Const<56108>, Const<56109>, Const<56110>, Const<56111>),
        (Const<56112>, Const<56113>, Const<56114>, Const<56115>, Const<56116>, Const<56117>, Const<56118>, Const<56119>, Const<56120>, Const<56121>, Const<56122>, Const<56123>, Const<56124>, Const<56125>, Const<56126>, Const<56127>),
        (Const<56128>, Const<56129>, Const<56130>, Const<56131>, Const<56132>, Const<56133>, Const<56134>, Const<56135>, Const<56136>, Const<56137>, Const<56138>, Const<56139>, Const<56140>, Const<56141>, Const<56142>, Const<56143>),
        (Const<56144>, Const<56145>, Const<56146>, Const<56147>, Const<56148>, Const<56149>, Const<56150>, Const<56151>, Const<56152>, Const<56153>, Const<56154>, Const<56155>, Const<56156>, Const<56157>, Const<56158>, Const<56159>),
        (Const<56160>, Const<56161>, Const<56162>, Const<56163>, Const<56164>, Const<56165>, Const<56166>, Const<56167>, Const<56168>, Const<56169>, Const<56170>, Const<56171>, Const<56172>, Const<56173>, Const<56174>, Const<56175>),
        (Const<56176>, Const<56177>, Const<56178>, Const<56179>, Const<56180>, Const<56181>, Const<56182>, Const<56183>, Const<56184>, Const<56185>, Const<56186>, Const<56187>, Const<56188>, Const<56189>, Const<56190>, Const<56191>),
        (Const<56192>, Const<56193>, Const<56194>, Const<56195>, Const<56196>, Const<56197>, Const<56198>, Const<56199>, Const<56200>, Const<56201>, Const<56202>, Const<56203>, Const<56204>, Const<56205>, Const<56206>, Const<56207>),
        (Const<56208>, Const<56209>, Const<56210>, Const<56211>, Const<56212>, Const<56213>, Const<56214>, Const<56215>, Const<56216>, Const<56217>, Const<56218>, Const<56219>, Const<56220>, Const<56221>, Const<56222>, Const<56223>),
        (Const<56224>, Const<56225>, Const<56226>, Const<56227>, Const<56228>, Const<56229>, Const<56230>, Const<56231>, Const<56232>, Const<56233>, Const<56234>, Const<56235>, Const<56236>, Const<56237>, Const<56238>, Const<56239>),
        (Const<56240>, Const<56241>, Const<56242>, Const<56243>, Const<56244>, Const<56245>, Const<56246>, Const<56247>, Const<56248>, Const<56249>, Const<56250>, Const<56251>, Const<56252>, Const<56253>, Const<56254>, Const<56255>),
        (Const<56256>, Const<56257>, Const<56258>, Const<56259>, Const<56260>, Const<56261>, Const<56262>, Const<56263>, Const<56264>, Const<56265>, Const<56266>, Const<56267>, Const<56268>, Const<56269>, Const<56270>, Const<56271>),
        (Const<56272>, Const<56273>, Const<56274>, Const<56275>, Const<56276>, Const<56277>, Const<56278>, Const<56279>, Const<56280>, Const<56281>, Const<56282>, Const<56283>, Const<56284>, Const<56285>, Const<56286>, Const<56287>),
        (Const<56288>, Const<56289>, Const<56290>, Const<56291>, Const<56292>, Const<56293>, Const<56294>, Const<56295>, Const<56296>, Const<56297>, Const<56298>, Const<56299>, Const<56300>, Const<56301>, Const<56302>, Const<56303>),
        (Const<56304>, Const<56305>, Const<56306>, Const<56307>, Const<56308>, Const<56309>, Const<56310>, Const<56311>, Const<56312>, Const<56313>, Const<56314>, Const<56315>, Const<56316>, Const<56317>, Const<56318>, Const<56319>),
    );
}

impl Row for typenum::consts::U220 {
    type Cols = (
        (Const<56320>, Const<56321>, Const<56322>, Const<56323>, Const<56324>, Const<56325>, Const<56326>, Const<56327>, Const<56328>, Const<56329>, Const<56330>, Const<56331>, Const<56332>, Const<56333>, Const<56334>, Const<56335>),
        (Const<56336>, Const<56337>, Const<56338>, Const<56339>, Const<56340>, Const<56341>, Const<56342>, Const<56343>, Const<56344>, Const<56345>, Const<56346>, Const<56347>, Const<56348>, Const<56349>, Const<56350>, Const<56351>),
        (Const<56352>, Const<56353>, Const<56354>, Const<56355>, Const<56356>, Const<56357>, Const<56358>, Const<56359>, Const<56360>, Const<56361>, Const<56362>, Const<56363>, Const<56364>, Const<56365>, Const<56366>, Const<56367>),
        (Const<56368>, Const<56369>, Const<56370>, Const<56371>, Const<56372>, Const<56373>, Const<56374>, Const<56375>, Const<56376>, Const<56377>, Const<56378>, Const<56379>, Const<56380>, Const<56381>, Const<56382>, Const<56383>),
        (Const<56384>, Const<56385>, Const<56386>, Const<56387>, Const<56388>, Const<56389>, Const<56390>, Const<56391>, Const<56392>, Const<56393>, Const<56394>, Const<56395>, Const<56396>, Const<56397>, Const<56398>, Const<56399>),
        (Const<56400>, Const<56401>, Const<56402>, Const<56403>, Const<56404>, Const<56405>, Const<56406>, Const<56407>, Const<56408>, Const<56409>, Const<56410>, Const<56411>, Const<56412>, Const<56413>, Const<56414>, Const<56415>),
        (Const<56416>, Const<56417>, Const<56418>, Const<56419>, Const<56420>, Const<56421>, Const<56422>, Const<56423>, Const<56424>, Const<56425>, Const<56426>, Const<56427>, Const<56428>, Const<56429>, Const<56430>, Const<56431>),
        (Const<56432>, Const<56433>, Const<56434>, Const<56435>, Const<56436>, Const<56437>, Const<56438>, Const<56439>, Const<56440>, Const<56441>, Const<56442>, Const<56443>, Const<56444>, Const<56445>, Const<56446>, Const<56447>),
        (Const<56448>, Const<56449>, Const<56450>, Const<56451>, Const<56452>, Const<56453>, Const<56454>, Const<56455>, Const<56456>, Const<56457>, Const<56458>, Const<56459>, Const<56460>, Const<56461>, Const<56462>, Const<56463>),
        (Const<56464>, Const<56465>, Const<56466>, Const<56467>, Const<56468>, Const<56469>, Const<56470>, Const<56471>, Const<56472>, Const<56473>, Const<56474>, Const<56475>, Const<56476>, Const<56477>, Const<56478>, Const<56479>),
        (Const<56480>, Const<56481>, Const<56482>, Const<56483>, Const<56484>, Const<56485>, Const<56486>, Const<56487>, Const<56488>, Const<56489>, Const<56490>, Const<56491>, Const<56492>, Const<56493>, Const<56494>, Const<56495>),
        (Const<56496>, Const<56497>, Const<56498>, Const<56499>, Const<56500>, Const<56501>, Const<56502>, Const<56503>, Const<56504>, Const<56505>, Const<56506>, Const<56507>, Const<56508>, Const<56509>, Const<56510>, Const<56511>),
        (Const<56512>, Const<56513>, Const<56514>, Const<56515>, Const<56516>, Const<56517>, Const<56518>, Const<56519>, Const<56520>, Const<56521>, Const<56522>, Const<56523>, Const<56524>, Const<56525>, Const<56526>, Const<56527>),
        (Const<56528>, Const<56529>, Const<56530>, Const<56531>, Const<56532>, Const<56533>, Const<56534>, Const<56535>, Const<56536>, Const<56537>, Const<56538>, Const<56539>, Const<56540>, Const<56541>, Const<56542>, Const<56543>),
        (Const<56544>, Const<56545>, Const<56546>, Const<56547>, Const<56548>, Const<56549>, Const<56550>, Const<56551>, Const<56552>, Const<56553>, Const<56554>, Const<56555>, Const<56556>, Const<56557>, Const<56558>, Const<56559>),
        (Const<56560>, Const<56561>, Const<56562>, Const<56563>, Const<56564>, Const<56565>, Const<56566>, Const<56567>, Const<56568>, Const<56569>, Const<56570>, Const<56571>, Const<56572>, Const<56573>, Const<56574>, Const<56575>),
    );
}

impl Row for typenum::consts::U221 {
    type Cols = (
        (Const<56576>, Const<56577>, Const<56578>, Const<56579>, Const<56580>, Const<56581>, Const<56582>, Const<56583>, Const<56584>, Const<56585>, Const<56586>, Const<56587>, Const<56588>, Const<56589>, Const<56590>, Const<56591>),
        (Const<56592>, Const<56593>, Const<56594>, Const<56595>, Const<56596>, Const<56597>, Const<56598>, Const<56599>, Const<56600>, Const<56601>, Const<56602>, Const<56603>, Const<56604>, Const<56605>, Const<56606>, Const<56607>),
        (Const<56608>, Const<56609>, Const<56610>, Const<56611>, Const<56612>, Const<56613>, Const<56614>, Const<56615>, Const<56616>, Const<56617>, Const<56618>, Const<56619>, Const<56620>, Const<56621>, Const<56622>, Const<56623>),
        (Const<56624>, Const<56625>, Const<56626>, Const<56627>, Const<56628>, Const<56629>, Const<56630>, Const<56631>, Const<56632>, Const<56633>, Const<56634>, Const<56635>, Const<56636>, Const<56637>, Const<56638>, Const<56639>),
        (Const<56640>, Const<56641>, Const<56642>, Const<56643>, Const<56644>, Const<56645>, Const<56646>, Const<56647>, Const<56648>, Const<56649>, Const<56650>, Const<56651>, Const<56652>, Const<56653>, Const<56654>, Const<56655>),
        (Const<56656>, Const<56657>, Const<56658>, Const<56659>, Const<56660>, Const<56661>, Const<56662>, Const<56663>, Const<56664>, Const<56665>, Const<56666>, Const<56667>, Const<56668>, Const<56669>, Const<56670>, Const<56671>),
        (Const<56672>, Const<56673>, Const<56674>, Const<56675>, Const<56676>, Const<56677>, Const<56678>, Const<56679>, Const<56680>, Const<56681>, Const<56682>, Const<56683>, Const<56684>, Const<56685>, Const<56686>, Const<56687>),
        (Const<56688>, Const<56689>, Const<56690>, Const<56691>, Const<56692>, Const<56693>, Const<56694>, Const<56695>, Const<56696>, Const<56697>, Const<56698>, Const<56699>, Const<56700>, Const<56701>, Const<56702>, Const<56703>),
        (Const<56704>, Const<56705>, Const<56706>, Const<56707>, Const<56708>, Const<56709>, Const<56710>, Const<56711>, Const<56712>, Const<56713>, Const<56714>, Const<56715>, Const<56716>, Const<56717>, Const<56718>, Const<56719>),
        (Const<56720>, Const<56721>, Const<56722>, Const<56723>, Const<56724>, Const<56725>, Const<56726>, Const<56727>, Const<56728>, Const<56729>, Const<56730>, Const<56731>, Const<56732>, Const<56733>, Const<56734>, Const<56735>),
        (Const<56736>, Const<56737>, Const<56738>, Const<56739>, Const<56740>, Const<56741>, Const<56742>, Const<56743>, Const<56744>, Const<56745>, Const<56746>, Const<56747>, Const<56748>, Const<56749>, Const<56750>, Const<56751>),
        (Const<56752>, Const<56753>, Const<56754>, Const<56755>, Const<56756>, Const<56757>, Const<56758>, Const<56759>, Const<56760>, Const<56761>, Const<56762>, Const<56763>, Const<56764>, Const<56765>, Const<56766>, Const<56767>),
        (Const<56768>, Const<56769>, Const<56770>, Const<56771>, Const<56772>, Const<56773>, Const<56774>, Const<56775>, Const<56776>, Const<56777>, Const<56778>, Const<56779>, Const<56780>, Const<56781>, Const<56782>, Const<56783>),
        (Const<56784>, Const<56785>, Const<56786>, Const<56787>, Const<56788>, Const<56789>, Const<56790>, Const<56791>, Const<56792>, Const<56793>, Const<56794>, Const<56795>, Const<56796>, Const<56797>, Const<56798>, Const<56799>),
        (Const<56800>, Const<56801>, Const<56802>, Const<56803>, Const<56804>, Const<56805>, Const<56806>, Const<56807>, Const<56808>, Const<56809>, Const<56810>, Const<56811>, Const<56812>, Const<56813>, Const<56814>, Const<56815>),
        (Const<56816>, Const<56817>, Const<56818>, Const<56819>, Const<56820>, Const<56821>, Const<56822>, Const<56823>, Const<56824>, Const<56825>, Const<56826>, Const<56827>, Const<56828>, Const<56829>, Const<56830>, Const<56831>),
    );
}

impl Row for typenum::consts::U222 {
    type Cols = (
        (Const<56832>, Const<56833>, Const<56834>, Const<56835>, Const<56836>, Const<56837>, Const<56838>, Const<56839>, Const<56840>, Const<56841>, Const<56842>, Const<56843>, Const<56844>, Const<56845>, Const<56846>, Const<56847>),
        (Const<56848>, Const<56849>, Const<56850>, Const<56851>, Const<56852>, Const<56853>, Const<56854>, Const<56855>, Const<56856>, Const<56857>, Const<56858>, Const<56859>, Const<56860>, Const<56861>, Const<56862>, Const<56863>),
        (Const<56864>, Const<56865>, Const<56866>, Const<56867>, Const<56868>, Const<56869>, Const<56870>, Const<56871>, Const<56872>, Const<56873>, Const<56874>, Const<56875>, Const<56876>, Const<56877>, Const<56878>, Const<56879>),
        (Const<56880>, Const<56881>, Const<56882>, Const<56883>, Const<56884>, Const<56885>, Const<56886>, Const<56887>, Const<56888>, Const<56889>, Const<56890>, Const<56891>, Const<56892>, Const<56893>, Const<56894>, Const<56895>),
        (Const<56896>, Const<56897>, Const<56898>, Const<56899>, Const<56900>, Const<56901>, Const<56902>, Const<56903>, Const<56904>, Const<56905>, Const<56906>, Const<56907>, Const<56908>, Const<56909>, Const<56910>, Const<56911>),
        (Const<56912>, Const<56913>, Const<56914>, Const<56915>, Const<56916>, Const<56917>, Const<56918>, Const<56919>, Const<56920>, Const<56921>, Const<56922>, Const<56923>, Const<56924>, Const<56925>, Const<56926>, Const<56927>),
        (Const<56928>, Const<56929>, Const<56930>, Const<56931>, Const<56932>, Const<56933>, Const<56934>, Const<56935>, Const<56936>, Const<56937>, Const<56938>, Const<56939>, Const<56940>, Const<56941>, Const<56942>, Const<56943>),
        (Const<56944>, Const<56945>, Const<56946>, Const<56947>, Const<56948>, Const<56949>, Const<56950>, Const<56951>, Const<56952>, Const<56953>, Const<56954>, Const<56955>, Const<56956>, Const<56957>, Const<56958>, Const<56959>),
        (Const<56960>, Const<56961>, Const<56962>, Const<56963>, Const<56964>, Const<56965>, Const<56966>, Const<56967>, Const<56968>, Const<56969>, Const<56970>, Const<56971>, Const<56972>, Const<56973>, Const<56974>, Const<56975>),
        (Const<56976>, Const<56977>, Const<56978>, Const<56979>, Const<56980>, Const<56981>, Const<56982>, Const<56983>, Const<56984>, Const<56985>, Const<56986>, Const<56987>, Const<56988>, Const<56989>, Const<56990>, Const<56991>),
        (Const<56992>, Const<56993>, Const<56994>, Const<56995>, Const<56996>, Const<56997>, Const<56998>, Const<56999>, Const<57000>, Const<57001>, Const<57002>, Const<57003>, Const<57004>, Const<57005>, Const<57006>, Const<57007>),
        (Const<57008>, Const<57009>, Const<57010>, Const<57011>, Const<57012>, Const<57013>, Const<57014>, Const<57015>, Const<57016>, Const<57017>, Const<57018>, Const<57019>, Const<57020>, Const<57021>, Const<57022>, Const<57023>),
        (Const<57024>, Const<57025>, Const<57026>, Const<57027>, Const<57028>, Const<57029>, Const<57030>, Const<57031>, Const<57032>, Const<57033>, Const<57034>, Const<57035>, Const<57036>, Const<57037>, Const<57038>, Const<57039>),
        (Const<57040>, Const<57041>, Const<57042>, Const<57043>, Const<57044>, Const<57045>, Const<57046>, Const<57047>, Const<57048>, Const<57049>, Const<57050>, Const<57051>, Const<57052>, Const<57053>, Const<57054>, Const<57055>),
        (Const<57056>, Const<57057>, Const<57058>, Const<57059>, Const<57060>, Const<57061>, Const<57062>, Const<57063>, Const<57064>, Const<57065>, Const<57066>, Const<57067>, Const<57068>, Const<57069>, Const<57070>, Const<57071>),
        (Const<57072>, Const<57073>, Const<57074>, Const<57075>, Const<57076>, Const<57077>, Const<57078>, Const<57079>, Const<57080>, Const<57081>, Const<57082>, Const<57083>, Const<57084>, Const<57085>, Const<57086>, Const<57087>),
    );
}

impl Row for typenum::consts::U223 {
    type Cols = (
        (Const<57088>, Const<57089>, Const<57090>, Const<57091>, Const<57092>, Const<57093>, Const<57094>, Const<57095>, Const<57096>, Const<57097>, Const<57098>, Const<57099>, Const<57100>, Const<57101>, Const<57102>, Const<57103>),
        (Const<57104>, Const<57105>, Const<57106>, Const<57107>, Const<57108>, Const<57109>, Const<57110>, Const<57111>, Const<57112>, Const<57113>, Const<57114>, Const<57115>, Const<57116>, Const<57117>, Const<57118>, Const<57119>),
        (Const<57120>, Const<57121>, Const<57122>, Const<57123>, Const<57124>, Const<57125>, Const<57126>, Const<57127>, Const<57128>, Const<57129>, Const<57130>, Const<57131>, Const<57132>, Const<57133>, Const<57134>, Const<57135>),
        (Const<57136>, Const<57137>, Const<57138>, Const<57139>, Const<57140>, Const<57141>, Const<57142>, Const<57143>, Const<57144>, Const<57145>, Const<57146>, Const<57147>, Const<57148>, Const<57149>, Const<57150>, Const<57151>),
        (Const<57152>, Const<57153>, Const<57154>, Const<57155>, Const<57156>, Const<57157>, Const<57158>, Const<57159>, Const<57160>, Const<57161>, Const<57162>, Const<57163>, Const<57164>, Const<57165>, Const<57166>, Const<57167>),
        (Const<57168>, Const<57169>, Const<57170>, Const<57171>, Const<57172>, Const<57173>, Const<57174>, Const<57175>, Const<57176>, Const<57177>, Const<57178>, Const<57179>, Const<57180>, Const<57181>, Const<57182>, Const<57183>),
        (Const<57184>, Const<57185>, Const<57186>, Const<57187>, Const<57188>, Const<57189>, Const<57190>, Const<57191>, Const<57192>, Const<57193>, Const<57194>, Const<57195>, Const<57196>, Const<57197>, Const<57198>, Const<57199>),
        (Const<57200>, Const<57201>, Const<57202>, Const<57203>, Const<57204>, Const<57205>, Const<57206>, Const<57207>, Const<57208>, Const<57209>, Const<57210>, Const<57211>, Const<57212>, Const<57213>, Const<57214>, Const<57215>),
        (Const<57216>, Const<57217>, Const<57218>, Const<57219>, Const<57220>, Const<57221>, Const<57222>, Const<57223>, Const<57224>, Const<57225>, Const<57226>, Const<57227>, Const<57228>, Const<57229>, Const<57230>, Const<57231>),
        (Const<57232>, Const<57233>, Const<57234>, Const<57235>, Const<57236>, Const<57237>, Const<57238>, Const<57239>, Const<57240>, Const<57241>, Const<57242>, Const<57243>, Const<57244>, Const<57245>, Const<57246>, Const<57247>),
        (Const<57248>, Const<57249>, Const<57250>, Const<57251>, Const<57252>, Const<57253>, Const<57254>, Const<57255>, Const<57256>, Const<57257>, Const<57258>, Const<57259>, Const<57260>, Const<57261>, Const<57262>, Const<57263>),
        (Const<57264>, Const<57265>, Const<57266>, Const<57267>, Const<57268>, Const<57269>, Const<57270>, Const<57271>, Const<57272>, Const<57273>, Const<57274>, Const<57275>, Const<57276>, Const<57277>, Const<57278>, Const<57279>),
        (Const<57280>, Const<57281>, Const<57282>, Const<57283>, Const<57284>, Const<57285>, Const<57286>, Const<57287>, Const<57288>, Const<57289>, Const<57290>, Const<57291>, Const<57292>, Const<57293>, Const<57294>, Const<57295>),
        (Const<57296>, Const<57297>, Const<57298>, Const<57299>, Const<57300>, Const<57301>, Const<57302>, Const<57303>, Const<57304>, Const<57305>, Const<57306>, Const<57307>, Const<57308>, Const<57309>, Const<57310>, Const<57311>),
        (Const<57312>, Const<57313>, Const<57314>, Const<57315>, Const<57316>, Const<57317>, Const<57318>, Const<57319>, Const<57320>, Const<57321>, Const<57322>, Const<57323>, Const<57324>, Const<57325>, Const<57326>, Const<57327>),
        (Const<57328>, Const<57329>, Const<57330>, Const<57331>, Const<57332>, Const<57333>, Const<57334>, Const<57335>, Const<57336>, Const<57337>, Const<57338>, Const<57339>, Const<57340>, Const<57341>, Const<57342>, Const<57343>),
    );
}

impl Row for typenum::consts::U224 {
    type Cols = (
        (Const<57344>, Const<57345>, Const<57346>, Const<57347>, Const<57348>, Const<57349>, Const<57350>, Const<57351>, Const<57352>, Const<57353>, Const<57354>, Const<57355>, Const<57356>, Const<57357>, Const<57358>, Const<57359>),
        (Const<57360>, Const<57361>, Const<57362>, Const<57363>, Const<57364>, Const<57365>, Const<57366>, Const<57367>, Const<57368>, Const<57369>, Const<57370>, Const<57371>, Const<57372>, Const<57373>, Const<57374>, Const<57375>),
        (Const<57376>, Const<57377>, Const<57378>, Const<57379>, Const<57380>, Const<57381>, Const<57382>, Const<57383>, Const<57384>, Const<57385>, Const<57386>, Const<57387>, Const<57388>, Const<57389>, Const<57390>, Const<57391>),
        (Const<57392>, Const<57393>, Const<57394>, Const<57395>, Const<57396>, Const<57397>, Const<57398>, Const<57399>, Const<57400>, Const<57401>, Const<57402>, Const<57403>, Const<57404>, Const<57405>, Const<57406>, Const<57407>),
        (Const<57408>, Const<57409>, Const<57410>, Const<57411>, Const<57412>, Const<57413>, Const<57414>, Const<57415>, Const<57416>, Const<57417>, Const<57418>, Const<57419>, Const<57420>, Const<57421>, Const<57422>, Const<57423>),
        (Const<57424>, Const<57425>, Const<57426>, Const<57427>, Const<57428>, Const<57429>, Const<57430>, Const<57431>, Const<57432>, Const<57433>, Const<57434>, Const<57435>, Const<57436>, Const<57437>, Const<57438>, Const<57439>),
        (Const<57440>, Const<57441>, Const<57442>, Const<57443>, Const<57444>, Const<57445>, Const<57446>, Const<57447>, Const<57448>, Const<57449>, Const<57450>, Const<57451>, Const<57452>, Const<57453>, Const<57454>, Const<57455>),
        (Const<57456>, Const<57457>, Const<57458>, Const<57459>, Const<57460>, Const<57461>, Const<57462>, Const<57463>, Const<57464>, Const<57465>, Const<57466>, Const<57467>, Const<57468>, Const<57469>, Const<57470>, Const<57471>),
        (Const<57472>, Const<57473>, Const<57474>, Const<57475>, Const<57476>, Const<57477>, Const<57478>, Const<57479>, Const<57480>, Const<57481>, Const<57482>, Const<57483>, Const<57484>, Const<57485>, Const<57486>, Const<57487>),
        (Const<57488>, Const<57489>, Const<57490>, Const<57491>, Const<57492>, Const<57493>, Const<57494>, Const<57495>, Const<57496>, Const<57497>, Const<57498>, Const<57499>, Const<57500>, Const<57501>, Const<57502>, Const<57503>),
        (Const<57504>, Const<57505>, Const<57506>, Const<57507>, Const<57508>, Const<57509>, Const<57510>, Const<57511>, Const<57512>, Const<57513>, Const<57514>, Const<57515>, Const<57516>, Const<57517>, Const<57518>, Const<57519>),
        (Const<57520>, Const<57521>, Const<57522>, Const<57523>, Const<57524>, Const<57525>, Const<57526>, Const<57527>, Const<57528>, Const<57529>, Const<57530>, Const<57531>, Const<57532>, Const<57533>, Const<57534>, Const<57535>),
        (Const<57536>, Const<57537>, Const<57538>, Const<57539>, Const<57540>, Const<57541>, Const<57542>, Const<57543>, Const<57544>, Const<57545>, Const<57546>, Const<57547>, Const<57548>, Const<57549>, Const<57550>, Const<57551>),
        (Const<57552>, Const<57553>, Const<57554>, Const<57555>, Const<57556>, Const<57557>, Const<57558>, Const<57559>, Const<57560>, Const<57561>, Const<57562>, Const<57563>, Const<57564>, Const<57565>, Const<57566>, Const<57567>),
        (Const<57568>, Const<57569>, Const<57570>, Const<57571>, Const<57572>, Const<57573>, Const<57574>, Const<57575>, Const<57576>, Const<57577>, Const<57578>, Const<57579>, Const<57580>, Const<57581>, Const<57582>, Const<57583>),
        (Const<57584>, Const<57585>, Const<57586>, Const<57587>, Const<57588>, Const<57589>, Const<57590>, Const<57591>, Const<57592>, Const<57593>, Const<57594>, Const<57595>, Const<57596>, Const<57597>, Const<57598>, Const<57599>),
    );
}

impl Row for typenum::consts::U225 {
    type Cols = (
        (Const<57600>, Const<57601>, Const<57602>, Const<57603>, Const<57604>, Const<57605>, Const<57606>, Const<57607>, Const<57608>, Const<57609>, Const<57610>, Const<57611>, Const<57612>, Const<57613>, Const<57614>, Const<57615>),
        (Const<57616>, Const<57617>, Const<57618>, Const<57619>, Const<57620>, Const<57621>, Const<57622>, Const<57623>, Const<57624>, Const<57625>, Const<57626>, Const<57627>, Const<57628>, Const<57629>, Const<57630>, Const<57631>),
        (Const<57632>, Const<57633>, Const<57634>, Const<57635>, Const<57636>, Const<57637>, Const<57638>, Const<57639>, Const<57640>, Const<57641>, Const<57642>, Const<57643>, Const<57644>, Const<57645>, Const<57646>, Const<57647>),
        (Const<57648>, Const<57649>, Const<57650>, Const<57651>, Const<57652>, Const<57653>, Const<57654>, Const<57655>, Const<57656>, Const<57657>, Const<57658>, Const<57659>, Const<57660>, Const<57661>, Const<57662>, Const<57663>),
        (Const<57664>, Const<57665>, Const<57666>, Const<57667>, Const<57668>, Const<57669>, Const<57670>, Const<57671>, Const<57672>, Const<57673>, Const<57674>, Const<57675>, Const<57676>, Const<57677>, Const<57678>, Const<57679>),
        (Const<57680>, Const<57681>, Const<57682>, Const<57683>, Const<57684>, Const<57685>, Const<57686>, Const<57687>, Const<57688>, Const<57689>, Const<57690>, Const<57691>, Const<57692>, Const<57693>, Const<57694>, Const<57695>),
        (Const<57696>, Const<57697>, Const<57698>, Const<57699>, Const<57700>, Const<57701>, Const<57702>, Const<57703>, Const<57704>, Const<57705>, Const<57706>, Const<57707>, Const<57708>, Const<57709>, Const<57710>, Const<57711>),
        (Const<57712>, Const<57713>, Const<57714>, Const<57715>, Const<57716>, Const<57717>, Const<57718>, Const<57719>, Const<57720>, Const<57721>, Const<57722>, Const<57723>, Const<57724>, Const<57725>, Const<57726>, Const<57727>),
        (Const<57728>, Const<57729>, Const<57730>, Const<57731>, Const<57732>, Const<57733>, Const<57734>, Const<57735>, Const<57736>, Const<57737>, Const<57738>, Const<57739>, Const<57740>, Const<57741>, Const<57742>, Const<57743>),
        (Const<57744>, Const<57745>, Const<57746>, Const<57747>, Const<57748>, Const<57749>, Const<57750>, Const<57751>, Const<57752>, Const<57753>, Const<57754>, Const<57755>, Const<57756>, Const<57757>, Const<57758>, Const<57759>),
        (Const<57760>, Const<57761>, Const<57762>, Const<57763>, Const<57764>, Const<57765>, Const<57766>, Const<57767>, Const<57768>, Const<57769>, Const<57770>, Const<57771>, Const<57772>, Const<57773>, Const<57774>, Const<57775>),
        (Const<57776>, Const<57777>, Const<57778>, Const<57779>, Const<57780>, Const<57781>, Const<57782>, Const<57783>, Const<57784>, Const<57785>, Const<57786>, Const<57787>, Const<57788>, Const<57789>, Const<57790>, Const<57791>),
        (Const<57792>, Const<57793>, Const<57794>, Const<57795>, Const<57796>, Const<57797>, Const<57798>, Const<57799>, Const<57800>, Const<57801>, Const<57802>, Const<57803>, Const<57804>, Const<57805>, Const<57806>, Const<57807>),
        (Const<57808>, Const<57809>, Const<57810>, Const<57811>, Const<57812>, Const<57813>, Const<57814>, Const<57815>, Const<57816>, Const<57817>, Const<57818>, Const<57819>, Const<57820>, Const<57821>, Const<57822>, Const<57823>),
        (Const<57824>, Const<57825>, Const<57826>, Const<57827>, Const<57828>, Const<57829>, Const<57830>, Const<57831>, Const<57832>, Const<57833>, Const<57834>, Const<57835>, Const<57836>, Const<57837>, Const<57838>, Const<57839>),
        (Const<57840>, Const<57841>, Const<57842>, Const<57843>, Const<57844>, Const<57845>, Const<57846>, Const<57847>, Const<57848>, Const<57849>, Const<57850>, Const<57851>, Const<57852>, Const<57853>, Const<57854>, Const<57855>),
    );
}

impl Row for typenum::consts::U226 {
    type Cols = (
        (Const<57856>, Const<57857>, Const<57858>, Const<57859>, Const<57860>, Const<57861>, Const<57862>, Const<57863>, Const<57864>, Const<57865>, Const<57866>, Const<57867>, Const<57868>, Const<57869>, Const<57870>, Const<57871>),
        (Const<57872>, Const<57873>, Const<57874>, Const<57875>, Const<57876>, Const<57877>, Const<57878>, Const<57879>, Const<57880>, Const<57881>, Const<57882>, Const<57883>, Const<57884>, Const<57885>, Const<57886>, Const<57887>),
        (Const<57888>, Const<57889>, Const<57890>, Const<57891>, Const<57892>, Const<57893>, Const<57894>, Const<57895>, Const<57896>, Const<57897>, Const<57898>, Const<57899>, Const<57900>, Const<57901>, Const<57902>, Const<57903>),
        (Const<57904>, Const<57905>, Const<57906>, Const<57907>, Const<57908>, Const<57909>, Const<57910>, Const<57911>, Const<57912>, Const<57913>, Const<57914>, Const<57915>, Const<57916>, Const<57917>, Const<57918>, Const<57919>),
        (Const<57920>, Const<57921>, Const<57922>, Const<57923>, Const<57924>, Const<57925>, Const<57926>, Const<57927>, Const<57928>, Const<57929>, Const<57930>, Const<57931>, Const<57932>, Const<57933>, Const<57934>, Const<57935>),
        (Const<57936>, Const<57937>, Const<57938>, Const<57939>, Const<57940>, Const<57941>, Const<57942>, Const<57943>, Const<57944>, Const<57945>, Const<57946>, Const<57947>, Const<57948>, Const<57949>, Const<57950>, Const<57951>),
        (Const<57952>, Const<57953>, Const<57954>, Const<57955>, Const<57956>, Const<57957>, Const<57958>, Const<57959>, Const<57960>, Const<57961>, Const<57962>, Const<57963>, Const<57964>, Const<57965>, Const<57966>, Const<57967>),
        (Const<57968>, Const<57969>, Const<57970>, Const<57971>, Const<57972>, Const<57973>, Const<57974>, Const<57975>, Const<57976>, Const<57977>, Const<57978>, Const<57979>, Const<57980>, Const<57981>, Const<57982>, Const<57983>),
        (Const<57984>, Const<57985>, Const<57986>, Const<57987>, Const<57988>, Const<57989>, Const<57990>, Const<57991>, Const<57992>, Const<57993>, Const<57994>, Const<57995>, Const<57996>, Const<57997>, Const<57998>, Const<57999>),
        (Const<58000>, Const<58001>, Const<58002>, Const<58003>, Const<58004>, Const<58005>, Const<58006>, Const<58007>, Const<58008>, Const<58009>, Const<58010>, Const<58011>, Const<58012>, Const<58013>, Const<58014>, Const<58015>),
        (Const<58016>, Const<58017>, Const<58018>, Const<58019>, Const<58020>, Const<58021>, Const<58022>, Const<58023>, Const<58024>, Const<58025>, Const<58026>, Const<58027>, Const<58028>, Const<58029>, Const<58030>, Const<58031>),
        (Const<58032>, Const<58033>, Const<58034>, Const<58035>, Const<58036>, Const<58037>, Const<58038>, Const<58039>, Const<58040>, Const<58041>, Const<58042>, Const<58043>, Const<58044>, Const<58045>, Const<58046>, Const<58047>),
        (Const<58048>, Const<58049>, Const<58050>, Const<58051>, Const<58052>, Const<58053>, Const<58054>, Const<58055>, Const<58056>, Const<58057>, Const<58058>, Const<58059>, Const<58060>, Const<58061>, Const<58062>, Const<58063>),
        (Const<58064>, Const<58065>, Const<58066>, Const<58067>, Const<58068>, Const<58069>, Const<58070>, Const<58071>, Const<58072>, Const<58073>, Const<58074>, Const<58075>, Const<58076>, Const<58077>, Const<58078>, Const<58079>),
        (Const<58080>, Const<58081>, Const<58082>, Const<58083>, Const<58084>, Const<58085>, Const<58086>, Const<58087>, Const<58088>, Const<58089>, Const<58090>, Const<58091>, Const<58092>, Const<58093>, Const<58094>, Const<58095>),
        (Const<58096>, Const<58097>, Const<58098>, Const<58099>, Const<58100>, Const<58101>, Const<58102>, Const<58103>, Const<58104>, Const<58105>, Const<58106>, Const<58107>, Const<58108>, Const<58109>, Const<58110>, Const<58111>),
    );
}

impl Row for typenum::consts::U227 {
    type Cols = (
        (Const<58112>, Const<58113>, Const<58114>, Const<58115>, Const<58116>, Const<58117>, Const<58118>, Const<58119>, Const<58120>, Const<58121>, Const<58122>, Const<58123>, Const<58124>, Const<58125>, Const<58126>, Const<58127>),
        (Const<58128>, Const<58129>, Const<58130>, Const<58131>, Const<58132>, Const<58133>, Const<58134>, Const<58135>, Const<58136>, Const<58137>, Const<58138>, Const<58139>, Const<58140>, Const<58141>, Const<58142>, Const<58143>),
        (Const<58144>, Const<58145>, Const<58146>, Const<58147>, Const<58148>, Const<58149>, Const<58150>, Const<58151>, Const<58152>, Const<58153>, Const<58154>, Const<58155>, Const<58156>, Const<58157>, Const<58158>, Const<58159>),
        (Const<58160>, Const<58161>, Const<58162>, Const<58163>, Const<58164>, Const<58165>, Const<58166>, Const<58167>, Const<58168>, Const<58169>, Const<58170>, Const<58171>, Const<58172>, Const<58173>, Const<58174>, Const<58175>),
        (Const<58176>, Const<58177>, Const<58178>, Const<58179>, Const<58180>, Const<58181>, Const<58182>, Const<58183>, Const<58184>, Const<58185>, Const<58186>, Const<58187>, Const<58188>, Const<58189>, Const<58190>, Const<58191>),
        (Const<58192>, Const<58193>, Const<58194>, Const<58195>, Const<58196>, Const<58197>, Const<58198>, Const<58199>, Const<58200>, Const<58201>, Const<58202>, Const<58203>, Const<58204>, Const<58205>, Const<58206>, Const<58207>),
        (Const<58208>, Const<58209>, Const<58210>, Const<58211>, Const<58212>, Const<58213>, Const<58214>, Const<58215>, Const<58216>, Const<58217>, Const<58218>, Const<58219>, Const<58220>, Const<58221>, Const<58222>, Const<58223>),
        (Const<58224>, Const<58225>, Const<58226>, Const<58227>, Const<58228>, Const<58229>, Const<58230>, Const<58231>, Const<58232>, Const<58233>, Const<58234>, Const<58235>, Const<58236>, Const<58237>, Const<58238>, Const<58239>),
        (Const<58240>, Const<58241>, Const<58242>, Const<58243>, Const<58244>, Const<58245>, Const<58246>, Const<58247>, Const<58248>, Const<58249>, Const<58250>, Const<58251>, Const<58252>, Const<58253>, Const<58254>, Const<58255>),
        (Const<58256>, Const<58257>, Const<58258>, Const<58259>, Const<58260>, Const<58261>, Const<58262>, Const<58263>, Const<58264>, Const<58265>, Const<58266>, Const<58267>, Const<58268>, Const<58269>, Const<58270>, Const<58271>),
        (Const<58272>, Const<58273>, Const<58274>, Const<58275>, Const<58276>, Const<58277>, Const<58278>, Const<58279>, Const<58280>, Const<58281>, Const<58282>, Const<58283>, Const<58284>, Const<58285>, Const<58286>, Const<58287>),
        (Const<58288>, Const<58289>, Const<58290>, Const<58291>, Const<58292>, Const<58293>, Const<58294>, Const<58295>, Const<58296>, Const<58297>, Const<58298>, Const<58299>, Const<58300>, Const<58301>, Const<58302>, Const<58303>),
        (Const<58304>, Const<58305>, Const<58306>, Const<58307>, Const<58308>, Const<58309>, Const<58310>, Const<58311>, Const<58312>, Const<58313>, Const<58314>, Const<58315>, Const<58316>, Const<58317>, Const<58318>, Const<58319>),
        (Const<58320>, Const<58321>, Const<58322>, Const<58323>, Const<58324>, Const<58325>, Const<58326>, Const<58327>, Const<58328>, Const<58329>, Const<58330>, Const<58331>, Const<58332>, Const<58333>, Const<58334>, Const<58335>),
        (Const<58336>, Const<58337>, Const<58338>, Const<58339>, Const<58340>, Const<58341>, Const<58342>, Const<58343>, Const<58344>, Const<58345>, Const<58346>, Const<58347>, Const<58348>, Const<58349>, Const<58350>, Const<58351>),
        (Const<58352>, Const<58353>, Const<58354>, Const<58355>, Const<58356>, Const<58357>, Const<58358>, Const<58359>, Const<58360>, Const<58361>, Const<58362>, Const<58363>, Const<58364>, Const<58365>, Const<58366>, Const<58367>),
    );
}

impl Row for typenum::consts::U228 {
    type Cols = (
        (Const<58368>, Const<58369>, Const<58370>, Const<58371>, Const<58372>, Const<58373>, Const<58374>, Const<58375>, Const<58376>, Const<58377>, Const<58378>, Const<58379>, Const<58380>, Const<58381>, Const<58382>, Const<58383>),
        (Const<58384>, Const<58385>, Const<58386>, Const<58387>, Const<58388>, Const<58389>, Const<58390>, Const<58391>, Const<58392>, Const<58393>, Const<58394>, Const<58395>, Const<58396>, Const<58397>, Const<58398>, Const<58399>),
        (Const<58400>, Const<58401>, Const<58402>, Const<58403>, Const<58404>, Const<58405>, Const<58406>, Const<58407>, Const<58408>, Const<58409>, Const<58410>, Const<58411>, Const<58412>, Const<58413>, Const<58414>, Const<58415>),
        (Const<58416>, Const<58417>, Const<58418>, Const<58419>, Const<58420>, Const<58421>, Const<58422>, Const<58423>, Const<58424>, Const<58425>, Const<58426>, Const<58427>, Const<58428>, Const<58429>, Const<58430>, Const<58431>),
        (Const<58432>, Const<58433>, Const<58434>, Const<58435>, Const<58436>, Const<58437>, Const<58438>, Const<58439>, Const<58440>, Const<58441>, Const<58442>, Const<58443>, Const<58444>, Const<58445>, Const<58446>, Const<58447>),
        (Const<58448>, Const<58449>, Const<58450>, Const<58451>, Const<58452>, Const<58453>, Const<58454>, Const<58455>, Const<58456>, Const<58457>, Const<58458>, Const<58459>, Const<58460>, Const<58461>, Const<58462>, Const<58463>),
        (Const<58464>, Const<58465>, Const<58466>, Const<58467>, Const<58468>, Const<58469>, Const<58470>, Const<58471>, Const<58472>, Const<58473>, Const<58474>, Const<58475>, Const<58476>, Const<58477>, Const<58478>, Const<58479>),
        (Const<58480>, Const<58481>, Const<58482>, Const<58483>, Const<58484>, Const<58485>, Const<58486>, Const<58487>, Const<58488>, Const<58489>, Const<58490>, Const<58491>, Const<58492>, Const<58493>, Const<58494>, Const<58495>),
        (Const<58496>, Const<58497>, Const<58498>, Const<58499>, Const<58500>, Const<58501>, Const<58502>, Const<58503>, Const<58504>, Const<58505>, Const<58506>, Const<58507>, Const<58508>, Const<58509>, Const<58510>, Const<58511>),
        (Const<58512>, Const<58513>, Const<58514>, Const<58515>, Const<58516>, Const<58517>, Const<58518>, Const<58519>, Const<58520>, Const<58521>, Const<58522>, Const<58523>, Const<58524>, Const<58525>, Const<58526>, Const<58527>),
        (Const<58528>, Const<58529>, Const<58530>, Const<58531>, Const<58532>, Const<58533>, Const<58534>, Const<58535>, Const<58536>, Const<58537>, Const<58538>, Const<58539>, Const<58540>, Const<58541>, Const<58542>, Const<58543>),
        (Const<58544>, Const<58545>, Const<58546>, Const<58547>, Const<58548>, Const<58549>, Const<58550>, Const<58551>, Const<58552>, Const<58553>, Const<58554>, Const<58555>, Const<58556>, Const<58557>, Const<58558>, Const<58559>),
        (Const<58560>, Const<58561>, Const<58562>, Const<58563>, Const<58564>, Const<58565>, Const<58566>, Const<58567>, Const<58568>, Const<58569>, Const<58570>, Const<58571>, Const<58572>, Const<58573>, Const<58574>, Const<58575>),
        (Const<58576>, Const<58577>, Const<58578>, Const<58579>, Const<58580>, Const<58581>, Const<58582>, Const<58583>, Const<58584>, Const<58585>, Const<58586>, Const<58587>, Const<58588>, Const<58589>, Const<58590>, Const<58591>),
        (Const<58592>, Const<58593>, Const<58594>, Const<58595>, Const<58596>, Const<58597>, Const<58598>, Const<58599>, Const<58600>, Const<58601>, Const<58602>, Const<58603>, Const<58604>, Const<58605>, Const<58606>, Const<58607>),
        (Const<58608>, Const<58609>, Const<58610>, Const<58611>, Const<58612>, Const<58613>, Const<58614>, Const<58615>, Const<58616>, Const<58617>, Const<58618>, Const<58619>, Const<58620>, Const<58621>, Const<58622>, Const<58623>),
    );
}

impl Row for typenum::consts::U229 {
    type Cols = (
        (Const<58624>, Const<58625>, Const<58626>, Const<58627>, Const<58628>, Const<58629>, Const<58630>, Const<58631>, Const<58632>, Const<58633>, Const<58634>, Const<58635>, Const<58636>, Const<58637>, Const<58638>, Const<58639>),
        (Const<58640>, Const<58641>, Const<58642>, Const<58643>, Const<58644>, Const<58645>, Const<58646>, Const<58647>, Const<58648>, Const<58649>, Const<58650>, Const<58651>, Const<58652>, Const<58653>, Const<58654>, Const<58655>),
        (Const<58656>, Const<58657>, Const<58658>, Const<58659>, Const<58660>, Const<58661>, Const<58662>, Const<58663>, Const<58664>, Const<58665>, Const<58666>, Const<58667>, Const<58668>, Const<58669>, Const<58670>, Const<58671>),
        (Const<58672>, Const<58673>, Const<58674>, Const<58675>, Const<58676>, Const<58677>, Const<58678>, Const<58679>, Const<58680>, Const<58681>, Const<58682>, Const<58683>, Const<58684>, Const<58685>, Const<58686>, Const<58687>),
        (Const<58688>, Const<58689>, Const<58690>, Const<58691>, Const<58692>, Const<58693>, Const<58694>, Const<58695>, Const<58696>, Const<58697>, Const<58698>, Const<58699>, Const<58700>, Const<58701>, Const<58702>, Const<58703>),
        (Const<58704>, Const<58705>, Const<58706>, Const<58707>, Const<58708>, Const<58709>, Const<58710>, Const<58711>, Const<58712>, Const<58713>, Const<58714>, Const<58715>, Const<58716>, Const<58717>, Const<58718>, Const<58719>),
        (Const<58720>, Const<58721>, Const<58722>, Const<58723>, Const<58724>, Const<58725>, Const<58726>, Const<58727>, Const<58728>, Const<58729>, Const<58730>, Const<58731>, Const<58732>, Const<58733>, Const<58734>, Const<58735>),
        (Const<58736>, Const<58737>, Const<58738>, Const<58739>, Const<58740>, Const<58741>, Const<58742>, Const<58743>, Const<58744>, Const<58745>, Const<58746>, Const<58747>, Const<58748>, Const<58749>, Const<58750>, Const<58751>),
        (Const<58752>, Const<58753>, Const<58754>, Const<58755>, Const<58756>, Const<58757>, Const<58758>, Const<58759>, Const<58760>, Const<58761>, Const<58762>, Const<58763>, Const<58764>, Const<58765>, Const<58766>, Const<58767>),
        (Const<58768>, Const<58769>, Const<58770>, Const<58771>, Const<58772>, Const<58773>, Const<58774>, Const<58775>, Const<58776>, Const<58777>, Const<58778>, Const<58779>, Const<58780>, Const<58781>, Const<58782>, Const<58783>),
        (Const<58784>, Const<58785>, Const<58786>, Const<58787>, Const<58788>, Const<58789>, Const<58790>, Const<58791>, Const<58792>, Const<58793>, Const<58794>, Const<58795>, Const<58796>, Const<58797>, Const<58798>, Const<58799>),
        (Const<58800>, Const<58801>, Const<58802>, Const<58803>, Const<58804>, Const<58805>, Const<58806>, Const<58807>, Const<58808>, Const<58809>, Const<58810>, Const<58811>, Const<58812>, Const<58813>, Const<58814>, Const<58815>),
        (Const<58816>, Const<58817>, Const<58818>, Const<58819>, Const<58820>, Const<58821>, Const<58822>, Const<58823>, Const<58824>, Const<58825>, Const<58826>, Const<58827>, Const<58828>, Const<58829>, Const<58830>, Const<58831>),
        (Const<58832>, Const<58833>, Const<58834>, Const<58835>, Const<58836>, Const<58837>, Const<58838>, Const<58839>, Const<58840>, Const<58841>, Const<58842>, Const<58843>, Const<58844>, Const<58845>, Const<58846>, Const<58847>),
        (Const<58848>, Const<58849>, Const<58850>, Const<58851>, Const<58852>, Const<58853>, Const<58854>, Const<58855>, Const<58856>, Const<58857>, Const<58858>, Const<58859>, Const<58860>, Const<58861>, Const<58862>, Const<58863>),
        (Const<58864>, Const<58865>, Const<58866>, Const<58867>, Const<58868>, Const<58869>, Const<58870>, Const<58871>, Const<58872>, Const<58873>, Const<58874>, Const<58875>, Const<58876>, Const<58877>, Const<58878>, Const<58879>),
    );
}

impl Row for typenum::consts::U230 {
    type Cols = (
        (Const<58880>, Const<58881>, Const<58882>, Const<58883>, Const<58884>, Const<58885>, Const<58886>, Const<58887>, Const<58888>, Const<58889>, Const<58890>, Const<58891>, Const<58892>, Const<58893>, Const<58894>, Const<58895>),
        (Const<58896>, Const<58897>, Const<58898>, Const<58899>, Const<58900>, Const<58901>, Const<58902>, Const<58903>, Const<58904>, Const<58905>, Const<58906>, Const<58907>, Const<58908>, Const<58909>, Const<58910>, Const<58911>),
        (Const<58912>, Const<58913>, Const<58914>, Const<58915>, Const<58916>, Const<58917>, Const<58918>, Const<58919>, Const<58920>, Const<58921>, Const<58922>, Const<58923>, Const<58924>, Const<58925>, Const<58926>, Const<58927>),
        (Const<58928>, Const<58929>, Const<58930>, Const<58931>, Const<58932>, Const<58933>, Const<58934>, Const<58935>, Const<58936>, Const<58937>, Const<58938>, Const<58939>, Const<58940>, Const<58941>, Const<58942>, Const<58943>),
        (Const<58944>, Const<58945>, Const<58946>, Const<58947>, Const<58948>, Const<58949>, Const<58950>, Const<58951>, Const<58952>, Const<58953>, Const<58954>, Const<58955>, Const<58956>, Const<58957>, Const<58958>, Const<58959>),
        (Const<58960>, Const<58961>, Const<58962>, Const<58963>, Const<58964>, Const<58965>, Const<58966>, Const<58967>, Const<58968>, Const<58969>, Const<58970>, Const<58971>, Const<58972>, Const<58973>, Const<58974>, Const<58975>),
        (Const<58976>, Const<58977>, Const<58978>, Const<58979>, Const<58980>, Const<58981>, Const<58982>, Const<58983>, Const<58984>, Const<58985>, Const<58986>, Const<58987>, Const<58988>, Const<58989>, Const<58990>, Const<58991>),
        (Const<58992>, Const<58993>, Const<58994>, Const<58995>, Const<58996>, Const<58997>, Const<58998>, Const<58999>, Const<59000>, Const<59001>, Const<59002>, Const<59003>, Const<59004>, Const<59005>, Const<59006>, Const<59007>),
        (Const<59008>, Const<59009>, Const<59010>, Const<59011>, Const<59012>, Const<59013>, Const<59014>, Const<59015>, Const<59016>, Const<59017>, Const<59018>, Const<59019>, Const<59020>, Const<59021>, Const<59022>, Const<59023>),
        (Const<59024>, Const<59025>, Const<59026>, Const<59027>, Const<59028>, Const<59029>, Const<59030>, Const<59031>, Const<59032>, Const<59033>, Const<59034>, Const<59035>, Const<59036>, Const<59037>, Const<59038>, Const<59039>),
        (Const<59040>, Const<59041>, Const<59042>, Const<59043>, Const<59044>, Const<59045>, Const<59046>, Const<59047>, Const<59048>, Const<59049>, Const<59050>, Const<59051>, Const<59052>, Const<59053>, Const<59054>, Const<59055>),
        (Const<59056>, Const<59057>, Const<59058>, Const<59059>, Const<59060>, Const<59061>, Const<59062>, Const<59063>, Const<59064>, Const<59065>, Const<59066>, Const<59067>, Const<59068>, Const<59069>, Const<59070>, Const<59071>),
        (Const<59072>, Const<59073>, Const<59074>, Const<59075>, Const<59076>, Const<59077>, Const<59078>, Const<59079>, Const<59080>, Const<59081>, Const<59082>, Const<59083>, Const<59084>, Const<59085>, Const<59086>, Const<59087>),
        (Const<59088>, Const<59089>, Const<59090>, Const<59091>, Const<59092>, Const<59093>, Const<59094>, Const<59095>, Const<59096>, Const<59097>, Const<59098>, Const<59099>, Const<59100>, Const<59101>, Const<59102>, Const<59103>),
        (Const<59104>, Const<59105>, Const<59106>, Const<59107>, Const<59108>, Const<59109>, Const<59110>, Const<59111>, Const<59112>, Const<59113>, Const<59114>, Const<59115>, Const<59116>, Const<59117>, Const<59118>, Const<59119>),
        (Const<59120>, Const<59121>, Const<59122>, Const<59123>, Const<59124>, Const<59125>, Const<59126>, Const<59127>, Const<59128>, Const<59129>, Const<59130>, Const<59131>, Const<59132>, Const<59133>, Const<59134>, Const<59135>),
    );
}

impl Row for typenum::consts::U231 {
    type Cols = (
        (Const<59136>, Const<59137>, Const<59138>, Const<59139>, Const<59140>, Const<59141>, Const<59142>, Const<59143>, Const<59144>, Const<59145>, Const<59146>, Const<59147>, Const<59148>, Const<59149>, Const<59150>, Const<59151>),
        (Const<59152>, Const<59153>, Const<59154>, Const<59155>, Const<59156>, Const<59157>, Const<59158>, Const<59159>, Const<59160>, Const<59161>, Const<59162>, Const<59163>, Const<59164>, Const<59165>, Const<59166>, Const<59167>),
        (Const<59168>, Const<59169>, Const<59170>, Const<59171>, Const<59172>, Const<59173>, Const<59174>, Const<59175>, Const<59176>, Const<59177>, Const<59178>, Const<59179>, Const<59180>, Const<59181>, Const<59182>, Const<59183>),
        (Const<59184>, Const<59185>, Const<59186>, Const<59187>, Const<59188>, Const<59189>, Const<59190>, Const<59191>, Const<59192>, Const<59193>, Const<59194>, Const<59195>, Const<59196>, Const<59197>, Const<59198>, Const<59199>),
        (Const<59200>, Const<59201>, Const<59202>, Const<59203>, Const<59204>, Const<59205>, Const<59206>, Const<59207>, Const<59208>, Const<59209>, Const<59210>, Const<59211>, Const<59212>, Const<59213>, Const<59214>, Const<59215>),
        (Const<59216>, Const<59217>, Const<59218>, Const<59219>, Const<59220>, Const<59221>, Const<59222>, Const<59223>, Const<59224>, Const<59225>, Const<59226>, Const<59227>, Const<59228>, Const<59229>, Const<59230>, Const<59231>),
        (Const<59232>, Const<59233>, Const<59234>, Const<59235>, Const<59236>, Const<59237>, Const<59238>, Const<59239>, Const<59240>, Const<59241>, Const<59242>, Const<59243>, Const<59244>, Const<59245>, Const<59246>, Const<59247>),
        (Const<59248>, Const<59249>, Const<59250>, Const<59251>, Const<59252>, Const<59253>, Const<59254>, Const<59255>, Const<59256>, Const<59257>, Const<59258>, Const<59259>, Const<59260>, Const<59261>, Const<59262>, Const<59263>),
        (Const<59264>, Const<59265>, Const<59266>, Const<59267>, Const<59268>, Const<59269>, Const<59270>, Const<59271>, Const<59272>, Const<59273>, Const<59274>, Const<59275>, Const<59276>, Const<59277>, Const<59278>, Const<59279>),
        (Const<59280>, Const<59281>, Const<59282>, Const<59283>, Const<59284>, Const<59285>, Const<59286>, Const<59287>, Const<59288>, Const<59289>, Const<59290>, Const<59291>, Const<59292>, Const<59293>, Const<59294>, Const<59295>),
        (Const<59296>, Const<59297>, Const<59298>, Const<59299>, Const<59300>, Const<59301>, Const<59302>, Const<59303>, Const<59304>, Const<59305>, Const<59306>, Const<59307>, Const<59308>, Const<59309>, Const<59310>, Const<59311>),
        (Const<59312>, Const<59313>, Const<59314>, Const<59315>, Const<59316>, Const<59317>, Const<59318>, Const<59319>, Const<59320>, Const<59321>, Const<59322>, Const<59323>, Const<59324>, Const<59325>, Const<59326>, Const<59327>),
        (Const<59328>, Const<59329>, Const<59330>, Const<59331>, Const<59332>, Const<59333>, Const<59334>, Const<59335>, Const<59336>, Const<59337>, Const<59338>, Const<59339>, Const<59340>, Const<59341>, Const<59342>, Const<59343>),
        (Const<59344>, Const<59345>, Const<59346>, Const<59347>, Const<59348>, Const<59349>, Const<59350>, Const<59351>, Const<59352>, Const<59353>, Const<59354>, Const<59355>, Const<59356>, Const<59357>, Const<59358>, Const<59359>),
        (Const<59360>, Const<59361>, Const<59362>, Const<59363>, Const<59364>, Const<59365>, Const<59366>, Const<59367>, Const<59368>, Const<59369>, Const<59370>, Const<59371>, Const<59372>, Const<59373>, Const<59374>, Const<59375>),
        (Const<59376>, Const<59377>, Const<59378>, Const<59379>, Const<59380>, Const<59381>, Const<59382>, Const<59383>, Const<59384>, Const<59385>, Const<59386>, Const<59387>, Const<59388>, Const<59389>, Const<59390>, Const<59391>),
    );
}

impl Row for typenum::consts::U232 {
    type Cols = (
        (Const<59392>, Const<59393>, Const<59394>, Const<59395>, Const<59396>, Const<59397>, Const<59398>, Const<59399>, Const<59400>, Const<59401>, Const<59402>, Const<59403>, Const<59404>, Const<59405>, Const<59406>, Const<59407>),
        (Const<59408>, Const<59409>, Const<59410>, Const<59411>, Const<59412>, Const<59413>, Const<59414>, Const<59415>, Const<59416>, Const<59417>, Const<59418>, Const<59419>, Const<59420>, Const<59421>, Const<59422>, Const<59423>),
        (Const<59424>, Const<59425>, Const<59426>, Const<59427>, Const<59428>, Const<59429>, Const<59430>, Const<59431>, Const<59432>, Const<59433>, Const<59434>, Const<59435>, Const<59436>, Const<59437>, Const<59438>, Const<59439>),
        (Const<59440>, Const<59441>, Const<59442>, Const<59443>, Const<59444>, Const<59445>, Const<59446>, Const<59447>, Const<59448>, Const<59449>, Const<59450>, Const<59451>, Const<59452>, Const<59453>, Const<59454>, Const<59455>),
        (Const<59456>, Const<59457>, Const<59458>, Const<59459>, Const<59460>, Const<59461>, Const<59462>, Const<59463>, Const<59464>, Const<59465>, Const<59466>, Const<59467>, Const<59468>, Const<59469>, Const<59470>, Const<59471>),
        (Const<59472>, Const<59473>, Const<59474>, Const<59475>, Const<59476>, Const<59477>, Const<59478>, Const<59479>, Const<59480>, Const<59481>, Const<59482>, Const<59483>, Const<59484>, Const<59485>, Const<59486>, Const<59487>),
        (Const<59488>, Const<59489>, Const<59490>, Const<59491>, Const<59492>, Const<59493>, Const<59494>, Const<59495>, Const<59496>, Const<59497>, Const<59498>, Const<59499>, Const<59500>, Const<59501>, Const<59502>, Const<59503>),
        (Const<59504>, Const<59505>, Const<59506>, Const<59507>, Const<59508>, Const<59509>, Const<59510>, Const<59511>, Const<59512>, Const<59513>, Const<59514>, Const<59515>, Const<59516>, Const<59517>, Const<59518>, Const<59519>),
        (Const<59520>, Const<59521>, Const<59522>, Const<59523>, Const<59524>, Const<59525>, Const<59526>, Const<59527>, Const<59528>, Const<59529>, Const<59530>, Const<59531>, Const<59532>, Const<59533>, Const<59534>, Const<59535>),
        (Const<59536>, Const<59537>, Const<59538>, Const<59539>, Const<59540>, Const<59541>, Const<59542>, Const<59543>, Const<59544>, Const<59545>, Const<59546>, Const<59547>, Const<59548>, Const<59549>, Const<59550>, Const<59551>),
        (Const<59552>, Const<59553>, Const<59554>, Const<59555>, Const<59556>, Const<59557>, Const<59558>, Const<59559>, Const<59560>, Const<59561>, Const<59562>, Const<59563>, Const<59564>, Const<59565>, Const<59566>, Const<59567>),
        (Const<59568>, Const<59569>, Const<59570>, Const<59571>, Const<59572>, Const<59573>, Const<59574>, Const<59575>, Const<59576>, Const<59577>, Const<59578>, Const<59579>, Const<59580>, Const<59581>, Const<59582>, Const<59583>),
        (Const<59584>, Const<59585>, Const<59586>, Const<59587>, Const<59588>, Const<59589>, Const<59590>, Const<59591>, Const<59592>, Const<59593>, Const<59594>, Const<59595>, Const<59596>, Const<59597>, Const<59598>, Const<59599>),
        (Const<59600>, Const<59601>, Const<59602>, Const<59603>, Const<59604>, Const<59605>, Const<59606>, Const<59607>, Const<59608>, Const<59609>, Const<59610>, Const<59611>, Const<59612>, Const<59613>, Const<59614>, Const<59615>),
        (Const<59616>, Const<59617>, Const<59618>, Const<59619>, Const<59620>, Const<59621>, Const<59622>, Const<59623>, Const<59624>, Const<59625>, Const<59626>, Const<59627>, Const<59628>, Const<59629>, Const<59630>, Const<59631>),
        (Const<59632>, Const<59633>, Const<59634>, Const<59635>, Const<59636>, Const<59637>, Const<59638>, Const<59639>, Const<59640>, Const<59641>, Const<59642>, Const<59643>, Const<59644>, Const<59645>, Const<59646>, Const<59647>),
    );
}

impl Row for typenum::consts::U233 {
    type Cols = (
        (Const<59648>, Const<59649>, Const<59650>, Const<59651>, Const<59652>, Const<59653>, Const<59654>, Const<59655>, Const<59656>, Const<59657>, Const<59658>, Const<59659>, Const<59660>, Const<59661>, Const<59662>, Const<59663>),
        (Const<59664>, Const<59665>, Const<59666>, Const<59667>, Const<59668>, Const<59669>, Const<59670>, Const<59671>, Const<59672>, Const<59673>, Const<59674>, Const<59675>, Const<59676>, Const<59677>, Const<59678>, Const<59679>),
        (Const<59680>, Const<59681>, Const<59682>, Const<59683>, Const<59684>, Const<59685>, Const<59686>, Const<59687>, Const<59688>, Const<59689>, Const<59690>, Const<59691>, Const<59692>, Const<59693>, Const<59694>, Const<59695>),
        (Const<59696>, Const<59697>, Const<59698>, Const<59699>, Const<59700>, Const<59701>, Const<59702>, Const<59703>, Const<59704>, Const<59705>, Const<59706>, Const<59707>, Const<59708>, Const<59709>, Const<59710>, Const<59711>),
        (Const<59712>, Const<59713>, Const<59714>, Const<59715>, Const<59716>, Const<59717>, Const<59718>, Const<59719>, Const<59720>, Const<59721>, Const<59722>, Const<59723>, Const<59724>, Const<59725>, Const<59726>, Const<59727>),
        (Const<59728>, Const<59729>, Const<59730>, Const<59731>, Const<59732>, Const<59733>, Const<59734>, Const<59735>, Const<59736>, Const<59737>, Const<59738>, Const<59739>, Const<59740>, Const<59741>, Const<59742>, Const<59743>),
        (Const<59744>, Const<59745>, Const<59746>, Const<59747>, Const<59748>, Const<59749>, Const<59750>, Const<59751>, Const<59752>, Const<59753>, Const<59754>, Const<59755>, Const<59756>, Const<59757>, Const<59758>, Const<59759>),
        (Const<59760>, Const<59761>, Const<59762>, Const<59763>, Const<59764>, Const<59765>, Const<59766>, Const<59767>, Const<59768>, Const<59769>, Const<59770>, Const<59771>, Const<59772>, Const<59773>, Const<59774>, Const<59775>),
        (Const<59776>, Const<59777>, Const<59778>, Const<59779>, Const<59780>, Const<59781>, Const<59782>, Const<59783>, Const<59784>, Const<59785>, Const<59786>, Const<59787>, Const<59788>, Const<59789>, Const<59790>, Const<59791>),
        (Const<59792>, Const<59793>, Const<59794>, Const<59795>, Const<59796>, Const<59797>, Const<59798>, Const<59799>, Const<59800>, Const<59801>, Const<59802>, Const<59803>, Const<59804>, Const<59805>, Const<59806>, Const<59807>),
        (Const<59808>, Const<59809>, Const<59810>, Const<59811>, Const<59812>, Const<59813>, Const<59814>, Const<59815>, Const<59816>, Const<59817>, Const<59818>, Const<59819>, Const<59820>, Const<59821>, Const<59822>, Const<59823>),
        (Const<59824>, Const<59825>, Const<59826>, Const<59827>, Const<59828>, Const<59829>, Const<59830>, Const<59831>, Const<59832>, Const<59833>, Const<59834>, Const<59835>, Const<59836>, Const<59837>, Const<59838>, Const<59839>),
        (Const<59840>, Const<59841>, Const<59842>, Const<59843>, Const<59844>, Const<59845>, Const<59846>, Const<59847>, Const<59848>, Const<59849>, Const<59850>, Const<59851>, Const<59852>, Const<59853>, Const<59854>, Const<59855>),
        (Const<59856>, Const<59857>, Const<59858>, Const<59859>, Const<59860>, Const<59861>, Const<59862>, Const<59863>, Const<59864>, Const<59865>, Const<59866>, Const<59867>, Const<59868>, Const<59869>, Const<59870>, Const<59871>),
        (Const<59872>, Const<59873>, Const<59874>, Const<59875>, Const<59876>, Const<59877>, Const<59878>, Const<59879>, Const<59880>, Const<59881>, Const<59882>, Const<59883>, Const<59884>, Const<59885>, Const<59886>, Const<59887>),
        (Const<59888>, Const<59889>, Const<59890>, Const<59891>, Const<59892>, Const<59893>, Const<59894>, Const<59895>, Const<59896>, Const<59897>, Const<59898>, Const<59899>, Const<59900>, Const<59901>, Const<59902>, Const<59903>),
    );
}

impl Row for typenum::consts::U234 {
    type Cols = (
        (Const<59904>, Const<59905>, Const<59906>, Const<59907>, Const<59908>, Const<59909>, Const<59910>, Const<59911>, Const<59912>, Const<59913>, Const<59914>, Const<59915>, Const<59916>, Const<59917>, Const<59918>, Const<59919>),
        (Const<59920>, Const<59921>, Const<59922>, Const<59923>, Const<59924>, Const<59925>, Const<59926>, Const<59927>, Const<59928>, Const<59929>, Const<59930>, Const<59931>, Const<59932>, Const<59933>, Const<59934>, Const<59935>),
        (Const<59936>, Const<59937>, Const<59938>, Const<59939>, Const<59940>, Const<59941>, Const<59942>, Const<59943>, Const<59944>, Const<59945>, Const<59946>, Const<59947>, Const<59948>, Const<59949>, Const<59950>, Const<59951>),
        (Const<59952>, Const<59953>, Const<59954>, Const<59955>, Const<59956>, Const<59957>, Const<59958>, Const<59959>, Const<59960>, Const<59961>, Const<59962>, Const<59963>, Const<59964>, Const<59965>, Const<59966>, Const<59967>),
        (Const<59968>, Const<59969>, Const<59970>, Const<59971>, Const<59972>, Const<59973>, Const<59974>, Const<59975>, Const<59976>, Const<59977>, Const<59978>, Const<59979>, Const<59980>, Const<59981>, Const<59982>, Const<59983>),
        (Const<59984>, Const<59985>, Const<59986>, Const<59987>, Const<59988>, Const<59989>, Const<59990>, Const<59991>, Const<59992>, Const<59993>, Const<59994>, Const<59995>, Const<59996>, Const<59997>, Const<59998>, Const<59999>),
        (Const<60000>, Const<60001>, Const<60002>, Const<60003>, Const<60004>, Const<60005>, Const<60006>, Const<60007>, Const<60008>, Const<60009>, Const<60010>, Const<60011>, Const<60012>, Const<60013>, Const<60014>, Const<60015>),
        (Const<60016>, Const<60017>, Const<60018>, Const<60019>, Const<60020>, Const<60021>, Const<60022>, Const<60023>, Const<60024>, Const<60025>, Const<60026>, Const<60027>, Const<60028>, Const<60029>, Const<60030>, Const<60031>),
        (Const<60032>, Const<60033>, Const<60034>, Const<60035>, Const<60036>, Const<60037>, Const<60038>, Const<60039>, Const<60040>, Const<60041>, Const<60042>, Const<60043>, Const<60044>, Const<60045>, Const<60046>, Const<60047>),
        (Const<60048>, Const<60049>, Const<60050>, Const<60051>, Const<60052>, Const<60053>, Const<60054>, Const<60055>, Const<60056>, Const<60057>, Const<60058>, Const<60059>, Const<60060>, Const<60061>, Const<60062>, Const<60063>),
        (Const<60064>, Const<60065>, Const<60066>, Const<60067>, Const<60068>, Const<60069>, Const<60070>, Const<60071>, Const<60072>, Const<60073>, Const<60074>, Const<60075>, Const<60076>, Const<60077>, Const<60078>, Const<60079>),
        (Const<60080>, Const<60081>, Const<60082>, Const<60083>, Const<60084>, Const<60085>, Const<60086>, Const<60087>, Const<60088>, Const<60089>, Const<60090>, Const<60091>, Const<60092>, Const<60093>, Const<60094>, Const<60095>),
        (Const<60096>, Const<60097>, Const<60098>, Const<60099>, Const<60100>, Const<60101>, Const<60102>, Const<60103>, Const<60104>, Const<60105>, Const<60106>, Const<60107>, Const<60108>, Const<60109>, Const<60110>, Const<60111>),
        (Const<60112>, Const<60113>, Const<60114>, Const<60115>, Const<60116>, Const<60117>, Const<60118>, Const<60119>, Const<60120>, Const<60121>, Const<60122>, Const<60123>, Const<60124>, Const<60125>, Const<60126>, Const<60127>),
        (Const<60128>, Const<60129>, Const<60130>, Const<60131>, Const<60132>, Const<60133>, Const<60134>, Const<60135>, Const<60136>, Const<60137>, Const<60138>, Const<60139>, Const<60140>, Const<60141>, Const<60142>, Const<60143>),
        (Const<60144>, Const<60145>, Const<60146>, Const<60147>, Const<60148>, Const<60149>, Const<60150>, Const<60151>, Const<60152>, Const<60153>, Const<60154>, Const<60155>, Const<60156>, Const<60157>, Const<60158>, Const<60159>),
    );
}

impl Row for typenum::consts::U235 {
    type Cols = (
        (Const<60160>, Const<60161>, Const<60162>, Const<60163>, Const<60164>, Const<60165>, Const<60166>, Const<60167>, Const<60168>, Const<60169>, Const<60170>, Const<60171>, Const<60172>, Const<60173>, Const<60174>, Const<60175>),
        (Const<60176>, Const<60177>, Const<60178>, Const<60179>, Const<60180>, Const<60181>, Const<60182>, Const<60183>, Const<60184>, Const<60185>, Const<60186>, Const<60187>, Const<60188>, Const<60189>, Const<60190>, Const<60191>),
        (Const<60192>, Const<60193>, Const<60194>, Const<60195>, Const<60196>, Const<60197>, Const<60198>, Const<60199>, Const<60200>, Const<60201>, Const<60202>, Const<60203>, Const<60204>, Const<60205>, Const<60206>, Const<60207>),
        (Const<60208>, Const<60209>, Const<60210>, Const<60211>, Const<60212>, Const<60213>, Const<60214>, Const<60215>, Const<60216>, Const<60217>, Const<60218>, Const<60219>, Const<60220>, Const<60221>, Const<60222>, Const<60223>),
        (Const<60224>, Const<60225>, Const<60226>, Const<60227>, Const<60228>, Const<60229>, Const<60230>, Const<60231>, Const<60232>, Const<60233>, Const<60234>, Const<60235>, Const<60236>, Const<60237>, Const<60238>, Const<60239>),
        (Const<60240>, Const<60241>, Const<60242>, Const<60243>, Const<60244>, Const<60245>, Const<60246>, Const<60247>, Const<60248>, Const<60249>, Const<60250>, Const<60251>, Const<60252>, Const<60253>, Const<60254>, Const<60255>),
        (Const<60256>, Const<60257>, Const<60258>, Const<60259>, Const<60260>, Const<60261>, Const<60262>, Const<60263>, Const<60264>, Const<60265>, Const<60266>, Const<60267>, Const<60268>, Const<60269>, Const<60270>, Const<60271>),
        (Const<60272>, Const<60273>, Const<60274>, Const<60275>, Const<60276>, Const<60277>, Const<60278>, Const<60279>, Const<60280>, Const<60281>, Const<60282>, Const<60283>, Const<60284>, Const<60285>, Const<60286>, Const<60287>),
        (Const<60288>, Const<60289>, Const<60290>, Const<60291>, Const<60292>, Const<60293>, Const<60294>, Const<60295>, Const<60296>, Const<60297>, Const<60298>, Const<60299>, Const<60300>, Const<60301>, Const<60302>, Const<60303>),
        (Const<60304>, Const<60305>, Const<60306>, Const<60307>, Const<60308>, Const<60309>, Const<60310>, Const<60311>, Const<60312>, Const<60313>, Const<60314>, Const<60315>, Const<60316>, Const<60317>, Const<60318>, Const<60319>),
        (Const<60320>, Const<60321>, Const<60322>, Const<60323>, Const<60324>, Const<60325>, Const<60326>, Const<60327>, Const<60328>, Const<60329>, Const<60330>, Const<60331>, Const<60332>, Const<60333>, Const<60334>, Const<60335>),
        (Const<60336>, Const<60337>, Const<60338>, Const<60339>, Const<60340>, Const<60341>, Const<60342>, Const<60343>, Const<60344>, Const<60345>, Const<60346>, Const<60347>, Const<60348>, Const<60349>, Const<60350>, Const<60351>),
        (Const<60352>, Const<60353>, Const<60354>, Const<60355>, Const<60356>, Const<60357>, Const<60358>, Const<60359>, Const<60360>, Const<60361>, Const<60362>, Const<60363>, Const<60364>, Const<60365>, Const<60366>, Const<60367>),
        (Const<60368>, Const<60369>, Const<60370>, Const<60371>, Const<60372>, Const<60373>, Const<60374>, Const<60375>, Const<60376>, Const<60377>, Const<60378>, Const<60379>, Const<60380>, Const<60381>, Const<60382>, Const<60383>),
        (Const<60384>, Const<60385>, Const<60386>, Const<60387>, Const<60388>, Const<60389>, Const<60390>, Const<60391>, Const<60392>, Const<60393>, Const<60394>, Const<60395>, Const<60396>, Const<60397>, Const<60398>, Const<60399>),
        (Const<60400>, Const<60401>, Const<60402>, Const<60403>, Const<60404>, Const<60405>, Const<60406>, Const<60407>, Const<60408>, Const<60409>, Const<60410>, Const<60411>, Const<60412>, Const<60413>, Const<60414>, Const<60415>),
    );
}

impl Row for typenum::consts::U236 {
    type Cols = (
        (Const<60416>, Const<60417>, Const<60418>, Const<60419>, Const<60420>, Const<60421>, Const<60422>, Const<60423>, Const<60424>, Const<60425>, Const<60426>, Const<60427>, Const<60428>, Const<60429>, Const<60430>, Const<60431>),
        (Const<60432>, Const<60433>, Const<60434>, Const<60435>, Const<60436>, Const<60437>, Const<60438>, Const<60439>, Const<60440>, Const<60441>, Const<60442>, Const<60443>, Const<60444>, Const<60445>, Const<60446>, Const<60447>),
        (Const<60448>, Const<60449>, Const<60450>, Const<60451>, Const<60452>, Const<60453>, Const<60454>, Const<60455>, Const<60456>, Const<60457>, Const<60458>, Const<60459>, Const<60460>, Const<60461>, Const<60462>, Const<60463>),
        (Const<60464>, Const<60465>, Const<60466>, Const<60467>, Const<60468>, Const<60469>, Const<60470>, Const<60471>, Const<60472>, Const<60473>, Const<60474>, Const<60475>, Const<60476>, Const<60477>, Const<60478>, Const<60479>),
        (Const<60480>, Const<60481>, Const<60482>, Const<60483>, Const<60484>, Const<60485>, Const<60486>, Const<60487>, Const<60488>, Const<60489>, Const<60490>, Const<60491>, Const<60492>, Const<60493>, Const<60494>, Const<60495>),
        (Const<60496>, Const<60497>, Const<60498>, Const<60499>, Const<60500>, Const<60501>, Const<60502>, Const<60503>, Const<60504>, Const<60505>, Const<60506>, Const<60507>, Const<60508>, Const<60509>, Const<60510>, Const<60511>),
        (Const<60512>, Const<60513>, Const<60514>, Const<60515>, Const<60516>, Const<60517>, Const<60518>, Const<60519>, Const<60520>, Const<60521>, Const<60522>, Const<60523>, Const<60524>, Const<60525>, Const<60526>, Const<60527>),
        (Const<60528>, Const<60529>, Const<60530>, Const<60531>, Const<60532>, Const<60533>, Const<60534>, Const<60535>, Const<60536>, Const<60537>, Const<60538>, Const<60539>, Const<60540>, Const<60541>, Const<60542>, Const<60543>),
        (Const<60544>, Const<60545>, Const<60546>, Const<60547>, Const<60548>, Const<60549>, Const<60550>, Const<60551>, Const<60552>, Const<60553>, Const<60554>, Const<60555>, Const<60556>, Const<60557>, Const<60558>, Const<60559>),
        (Const<60560>, Const<60561>, Const<60562>, Const<60563>, Const<60564>, Const<60565>, Const<60566>, Const<60567>, Const<60568>, Const<60569>, Const<60570>, Const<60571>, Const<60572>, Const<60573>, Const<60574>, Const<60575>),
        (Const<60576>, Const<60577>, Const<60578>, Const<60579>, Const<60580>, Const<60581>, Const<60582>, Const<60583>, Const<60584>, Const<60585>, Const<60586>, Const<60587>, Const<60588>, Const<60589>, Const<60590>, Const<60591>),
        (Const<60592>, Const<60593>, Const<60594>, Const<60595>, Const<60596>, Const<60597>, Const<60598>, Const<60599>, Const<60600>, Const<60601>, Const<60602>, Const<60603>, Const<60604>, Const<60605>, Const<60606>, Const<60607>),
        (Const<60608>, Const<60609>, Const<60610>, Const<60611>, Const<60612>, Const<60613>, Const<60614>, Const<60615>, Const<60616>, Const<60617>, Const<60618>, Const<60619>, Const<60620>, Const<60621>, Const<60622>, Const<60623>),
        (Const<60624>, Const<60625>, Const<60626>, Const<60627>, Const<60628>, Const<60629>, Const<60630>, Const<60631>, Const<60632>, Const<60633>, Const<60634>, Const<60635>, Const<60636>, Const<60637>, Const<60638>, Const<60639>),
        (Const<60640>, Const<60641>, Const<60642>, Const<60643>, Const<60644>, Const<60645>, Const<60646>, Const<60647>, Const<60648>, Const<60649>, Const<60650>, Const<60651>, Const<60652>, Const<60653>, Const<60654>, Const<60655>),
        (Const<60656>, Const<60657>, Const<60658>, Const<60659>, Const<60660>, Const<60661>, Const<60662>, Const<60663>, Const<60664>, Const<60665>, Const<60666>, Const<60667>, Const<60668>, Const<60669>, Const<60670>, Const<60671>),
    );
}

impl Row for typenum::consts::U237 {
    type Cols = (
        (Const<60672>, Const<60673>, Const<60674>, Const<60675>, Const<60676>, Const<60677>, Const<60678>, Const<60679>, Const<60680>, Const<60681>, Const<60682>, Const<60683>, Const<60684>, Const<60685>, Const<60686>, Const<60687>),
        (Const<60688>, Const<60689>, Const<60690>, Const<60691>, Const<60692>, Const<60693>, Const<60694>, Const<60695>, Const<60696>, Const<60697>, Const<60698>, Const<60699>, Const<60700>, Const<60701>, Const<60702>, Const<60703>),
        (Const<60704>, Const<60705>, Const<60706>, Const<60707>, Const<60708>, Const<60709>, Const<60710>, Const<60711>, Const<60712>, Const<60713>, Const<60714>, Const<60715>, Const<60716>, Const<60717>, Const<60718>, Const<60719>),
        (Const<60720>, Const<60721>, Const<60722>, Const<60723>, Const<60724>, Const<60725>, Const<60726>, Const<60727>, Const<60728>, Const<60729>, Const<60730>, Const<60731>, Const<60732>, Const<60733>, Const<60734>, Const<60735>),
        (Const<60736>, Const<60737>, Const<60738>, Const<60739>, Const<60740>, Const<60741>, Const<60742>, Const<60743>, Const<60744>, Const<60745>, Const<60746>, Const<60747>, Const<60748>, Const<60749>, Const<60750>, Const<60751>),
        (Const<60752>, Const<60753>, Const<60754>, Const<60755>, Const<60756>, Const<60757>, Const<60758>, Const<60759>, Const<60760>, Const<60761>, Const<60762>, Const<60763>, Const<60764>, Const<60765>, Const<60766>, Const<60767>),
        (Const<60768>, Const<60769>, Const<60770>, Const<60771>, Const<60772>, Const<60773>, Const<60774>, Const<60775>, Const<60776>, Const<60777>, Const<60778>, Const<60779>, Const<60780>, Const<60781>, Const<60782>, Const<60783>),
        (Const<60784>, Const<60785>, Const<60786>, Const<60787>, Const<60788>, Const<60789>, Const<60790>, Const<60791>, Const<60792>, Const<60793>, Const<60794>, Const<60795>, Const<60796>, Const<60797>, Const<60798>, Const<60799>),
        (Const<60800>, Const<60801>, Const<60802>, Const<60803>, Const<60804>, Const<60805>, Const<60806>, Const<60807>, Const<60808>, Const<60809>, Const<60810>, Const<60811>, Const<60812>, Const<60813>, Const<60814>, Const<60815>),
        (Const<60816>, Const<60817>, Const<60818>, Const<60819>, Const<60820>, Const<60821>, Const<60822>, Const<60823>, Const<60824>, Const<60825>, Const<60826>, Const<60827>, Const<60828>, Const<60829>, Const<60830>, Const<60831>),
        (Const<60832>, Const<60833>, Const<60834>, Const<60835>, Const<60836>, Const<60837>, Const<60838>, Const<60839>, Const<60840>, Const<60841>, Const<60842>, Const<60843>, Const<60844>, Const<60845>, Const<60846>, Const<60847>),
        (Const<60848>, Const<60849>, Const<60850>, Const<60851>, Const<60852>, Const<60853>, Const<60854>, Const<60855>, Const<60856>, Const<60857>, Const<60858>, Const<60859>, Const<60860>, Const<60861>, Const<60862>, Const<60863>),
        (Const<60864>, Const<60865>, Const<60866>, Const<60867>, Const<60868>, Const<60869>, Const<60870>, Const<60871>, Const<60872>, Const<60873>, Const<60874>, Const<60875>, Const<60876>, Const<60877>, Const<60878>, Const<60879>),
        (Const<60880>, Const<60881>, Const<60882>, Const<60883>, Const<60884>, Const<60885>, Const<60886>, Const<60887>, Const<60888>, Const<60889>, Const<60890>, Const<60891>, Const<60892>, Const<60893>, Const<60894>, Const<60895>),
        (Const<60896>, Const<60897>, Const<60898>, Const<60899>, Const<60900>, Const<60901>, Const<60902>, Const<60903>, Const<60904>, Const<60905>, Const<60906>, Const<60907>, Const<60908>, Const<60909>, Const<60910>, Const<60911>),
        (Const<60912>, Const<60913>, Const<60914>, Const<60915>, Const<60916>, Const<60917>, Const<60918>, Const<60919>, Const<60920>, Const<60921>, Const<60922>, Const<60923>, Const<60924>, Const<60925>, Const<60926>, Const<60927>),
    );
}

impl Row for typenum::consts::U238 {
    type Cols = (
        (Const<60928>, Const<60929>, Const<60930>, Const<60931>, Const<60932>, Const<60933>, Const<60934>, Const<60935>, Const<60936>, Const<60937>, Const<60938>, Const<60939>, Const<60940>, Const<60941>, Const<60942>, Const<60943>),
        (Const<60944>, Const<60945>, Const<60946>, Const<60947>, Const<60948>, Const<60949>, Const<60950>, Const<60951>, Const<60952>, Const<60953>, Const<60954>, Const<60955>, Const<60956>, Const<60957>, Const<60958>, Const<60959>),
        (Const<60960>, Const<60961>, Const<60962>, Const<60963>, Const<60964>, Const<60965>, Const<60966>, Const<60967>, Const<60968>, Const<60969>, Const<60970>, Const<60971>, Const<60972>, Const<60973>, Const<60974>, Const<60975>),
        (Const<60976>, Const<60977>, Const<60978>, Const<60979>, Const<60980>, Const<60981>, Const<60982>, Const<60983>, Const<60984>, Const<60985>, Const<60986>, Const<60987>, Const<60988>, Const<60989>, Const<60990>, Const<60991>),
        (Const<60992>, Const<60993>, Const<60994>, Const<60995>, Const<60996>, Const<60997>, Const<60998>, Const<60999>, Const<61000>, Const<61001>, Const<61002>, Const<61003>, Const<61004>, Const<61005>, Const<61006>, Const<61007>),
        (Const<61008>, Const<61009>, Const<61010>, Const<61011>, Const<61012>, Const<61013>, Const<61014>, Const<61015>, Const<61016>, Const<61017>, Const<61018>, Const<61019>, Const<61020>, Const<61021>, Const<61022>, Const<61023>),
        (Const<61024>, Const<61025>, Const<61026>, Const<61027>, Const<61028>, Const<61029>, Const<61030>, Const<61031>, Const<61032>, Const<61033>, Const<61034>, Const<61035>, Const<61036>, Const<61037>, Const<61038>, Const<61039>),
        (Const<61040>, Const<61041>, Const<61042>, Const<61043>, Const<61044>, Const<61045>, Const<61046>, Const<61047>, Const<61048>, Const<61049>, Const<61050>, Const<61051>, Const<61052>, Const<61053>, Const<61054>, Const<61055>),
        (Const<61056>, Const<61057>, Const<61058>, Const<61059>, Const<61060>, Const<61061>, Const<61062>, Const<61063>, Const<61064>, Const<61065>, Const<61066>, Const<61067>, Const<61068>, Const<61069>, Const<61070>, Const<61071>),
        (Const<61072>, Const<61073>, Const<61074>, Const<61075>, Const<61076>, Const<61077>, Const<61078>, Const<61079>, Const<61080>, Const<61081>, Const<61082>, Const<61083>, Const<61084>, Const<61085>, Const<61086>, Const<61087>),
        (Const<61088>, Const<61089>, Const<61090>, Const<61091>, Const<61092>, Const<61093>, Const<61094>, Const<61095>, Const<61096>, Const<61097>, Const<61098>, Const<61099>, Const<61100>, Const<61101>, Const<61102>, Const<61103>),
        (Const<61104>, Const<61105>, Const<61106>, Const<61107>, Const<61108>, Const<61109>, Const<61110>, Const<61111>, Const<61112>, Const<61113>, Const<61114>, Const<61115>, Const<61116>, Const<61117>, Const<61118>, Const<61119>),
        (Const<61120>, Const<61121>, Const<61122>, Const<61123>, Const<61124>, Const<61125>, Const<61126>, Const<61127>, Const<61128>, Const<61129>, Const<61130>, Const<61131>, Const<61132>, Const<61133>, Const<61134>, Const<61135>),
        (Const<61136>, Const<61137>, Const<61138>, Const<61139>, Const<61140>, Const<61141>, Const<61142>, Const<61143>, Const<61144>, Const<61145>, Const<61146>, Const<61147>, Const<61148>, Const<61149>, Const<61150>, Const<61151>),
        (Const<61152>, Const<61153>, Const<61154>, Const<61155>, Const<61156>, Const<61157>, Const<61158>, Const<61159>, Const<61160>, Const<61161>, Const<61162>, Const<61163>, Const<61164>, Const<61165>, Const<61166>, Const<61167>),
        (Const<61168>, Const<61169>, Const<61170>, Const<61171>, Const<61172>, Const<61173>, Const<61174>, Const<61175>, Const<61176>, Const<61177>, Const<61178>, Const<61179>, Const<61180>, Const<61181>, Const<61182>, Const<61183>),
    );
}

impl Row for typenum::consts::U239 {
    type Cols = (
        (Const<61184>, Const<61185>, Const<61186>, Const<61187>, Const<61188>, Const<61189>, Const<61190>, Const<61191>, Const<61192>, Const<61193>, Const<61194>, Const<61195>, Const<61196>, Const<61197>, Const<61198>, Const<61199>),
        (Const<61200>, Const<61201>, Const<61202>, Const<61203>, Const<61204>, Const<61205>, Const<61206>, Const<61207>, Const<61208>, Const<61209>, Const<61210>, Const<61211>, Const<61212>, Const<61213>, Const<61214>, Const<61215>),
        (Const<61216>, Const<61217>, Const<61218>, Const<61219>, Const<61220>, Const<61221>, Const<61222>, Const<61223>, Const<61224>, Const<61225>, Const<61226>, Const<61227>, Const<61228>, Const<61229>, Const<61230>, Const<61231>),
        (Const<61232>, Const<61233>, Const<61234>, Const<61235>, Const<61236>, Const<61237>, Const<61238>, Const<61239>, Const<61240>, Const<61241>, Const<61242>, Const<61243>, Const<61244>, Const<61245>, Const<61246>, Const<61247>),
        (Const<61248>, Const<61249>, Const<61250>, Const<61251>, Const<61252>, Const<61253>, Const<61254>, Const<61255>, Const<61256>, Const<61257>, Const<61258>, Const<61259>, Const<61260>, Const<61261>, Const<61262>, Const<61263>),
        (Const<61264>, Const<61265>, Const<61266>, Const<61267>, Const<61268>, Const<61269>, Const<61270>, Const<61271>, Const<61272>, Const<61273>, Const<61274>, Const<61275>, Const<61276>, Const<61277>, Const<61278>, Const<61279>),
        (Const<61280>, Const<61281>, Const<61282>, Const<61283>, Const<61284>, Const<61285>, Const<61286>, Const<61287>, Const<61288>, Const<61289>, Const<61290>, Const<61291>, Const<61292>, Const<61293>, Const<61294>, Const<61295>),
        (Const<61296>, Const<61297>, Const<61298>, Const<61299>, Const<61300>, Const<61301>, Const<61302>, Const<61303>, Const<61304>, Const<61305>, Const<61306>, Const<61307>, Const<61308>, Const<61309>, Const<61310>, Const<61311>),
        (Const<61312>, Const<61313>, Const<61314>, Const<61315>, Const<61316>, Const<61317>, Const<61318>, Const<61319>, Const<61320>, Const<61321>, Const<61322>, Const<61323>, Const<61324>, Const<61325>, Const<61326>, Const<61327>),
        (Const<61328>, Const<61329>, Const<61330>, Const<61331>, Const<61332>, Const<61333>, Const<61334>, Const<61335>, Const<61336>, Const<61337>, Const<61338>, Const<61339>, Const<61340>, Const<61341>, Const<61342>, Const<61343>),
        (Const<61344>, Const<61345>, Const<61346>, Const<61347>, Const<61348>, Const<61349>, Const<61350>, Const<61351>, Const<61352>, Const<61353>, Const<61354>, Const<61355>, Const<61356>, Const<61357>, Const<61358>, Const<61359>),
        (Const<61360>, Const<61361>, Const<61362>, Const<61363>, Const<61364>, Const<61365>, Const<61366>, Const<61367>, Const<61368>, Const<61369>, Const<61370>, Const<61371>, Const<61372>, Const<61373>, Const<61374>, Const<61375>),
        (Const<61376>, Const<61377>, Const<61378>, Const<61379>, Const<61380>, Const<61381>, Const<61382>, Const<61383>, Const<61384>, Const<61385>, Const<61386>, Const<61387>, Const<61388>, Const<61389>, Const<61390>, Const<61391>),
        (Const<61392>, Const<61393>, Const<61394>, Const<61395>, Const<61396>, Const<61397>, Const<61398>, Const<61399>, Const<61400>, Const<61401>, Const<61402>, Const<61403>, Const<61404>, Const<61405>, Const<61406>, Const<61407>),
        (Const<61408>, Const<61409>, Const<61410>, Const<61411>, Const<61412>, Const<61413>, Const<61414>, Const<61415>, Const<61416>, Const<61417>, Const<61418>, Const<61419>, Const<61420>, Const<61421>, Const<61422>, Const<61423>),
        (Const<61424>, Const<61425>, Const<61426>, Const<61427>, Const<61428>, Const<61429>, Const<61430>, Const<61431>, Const<61432>, Const<61433>, Const<61434>, Const<61435>, Const<61436>, Const<61437>, Const<61438>, Const<61439>),
    );
}

impl Row for typenum::consts::U240 {
    type Cols = (
        (Const<61440>, Const<61441>, Const<61442>, Const<61443>, Const<61444>, Const<61445>, Const<61446>, Const<61447>, Const<61448>, Const<61449>, Const<61450>, Const<61451>, Const<61452>, Const<61453>, Const<61454>, Const<61455>),
        (Const<61456>, Const<61457>, Const<61458>, Const<61459>, Const<61460>, Const<61461>, Const<61462>, Const<61463>, Const<61464>, Const<61465>, Const<61466>, Const<61467>, Const<61468>, Const<61469>, Const<61470>, Const<61471>),
        (Const<61472>, Const<61473>, Const<61474>, Const<61475>, Const<61476>, Const<61477>, Const<61478>, Const<61479>, Const<61480>, Const<61481>, Const<61482>, Const<61483>, Const<61484>, Const<61485>, Const<61486>, Const<61487>),
        (Const<61488>, Const<61489>, Const<61490>, Const<61491>, Const<61492>, Const<61493>, Const<61494>, Const<61495>, Const<61496>, Const<61497>, Const<61498>, Const<61499>, Const<61500>, Const<61501>, Const<61502>, Const<61503>),
        (Const<61504>, Const<61505>, Const<61506>, Const<61507>, Const<61508>, Const<61509>, Const<61510>, Const<61511>, Const<61512>, Const<61513>, Const<61514>, Const<61515>, Const<61516>, Const<61517>, Const<61518>, Const<61519>),
        (Const<61520>, Const<61521>, Const<61522>, Const<61523>, Const<61524>, Const<61525>, Const<61526>, Const<61527>, Const<61528>, Const<61529>, Const<61530>, Const<61531>, Const<61532>, Const<61533>, Const<61534>, Const<61535>),
        (Const<61536>, Const<61537>, Const<61538>, Const<61539>, Const<61540>, Const<61541>, Const<61542>, Const<61543>, Const<61544>, Const<61545>, Const<61546>, Const<61547>, Const<61548>, Const<61549>, Const<61550>, Const<61551>),
        (Const<61552>, Const<61553>, Const<61554>, Const<61555>, Const<61556>, Const<61557>, Const<61558>, Const<61559>, Const<61560>, Const<61561>, Const<61562>, Const<61563>, Const<61564>, Const<61565>, Const<61566>, Const<61567>),
        (Const<61568>, Const<61569>, Const<61570>, Const<61571>, Const<61572>, Const<61573>, Const<61574>, Const<61575>, Const<61576>, Const<61577>, Const<61578>, Const<61579>, Const<61580>, Const<61581>, Const<61582>, Const<61583>),
        (Const<61584>, Const<61585>, Const<61586>, Const<61587>, Const<61588>, Const<61589>, Const<61590>, Const<61591>, Const<61592>, Const<61593>, Const<61594>, Const<61595>, Const<61596>, Const<61597>, Const<61598>, Const<61599>),
        (Const<61600>, Const<61601>, Const<61602>, Const<61603>, Const<61604>, Const<61605>, Const<61606>, Const<61607>, Const<61608>, Const<61609>, Const<61610>, Const<61611>, Const<61612>, Const<61613>, Const<61614>, Const<61615>),
        (Const<61616>, Const<61617>, Const<61618>, Const<61619>, Const<61620>, Const<61621>, Const<61622>, Const<61623>, Const<61624>, Const<61625>, Const<61626>, Const<61627>, Const<61628>, Const<61629>, Const<61630>, Const<61631>),
        (Const<61632>, Const<61633>, Const<61634>, Const<61635>, Const<61636>, Const<61637>, Const<61638>, Const<61639>, Const<61640>, Const<61641>, Const<61642>, Const<61643>, Const<61644>, Const<61645>, Const<61646>, Const<61647>),
        (Const<61648>, Const<61649>, Const<61650>, Const<61651>, Const<61652>, Const<61653>, Const<61654>, Const<61655>, Const<61656>, Const<61657>, Const<61658>, Const<61659>, Const<61660>, Const<61661>, Const<61662>, Const<61663>),
        (Const<61664>, Const<61665>, Const<61666>, Const<61667>, Const<61668>, Const<61669>, Const<61670>, Const<61671>, Const<61672>, Const<61673>, Const<61674>, Const<61675>, Const<61676>, Const<61677>, Const<61678>, Const<61679>),
        (Const<61680>, Const<61681>, Const<61682>, Const<61683>, Const<61684>, Const<61685>, Const<61686>, Const<61687>, Const<61688>, Const<61689>, Const<61690>, Const<61691>, Const<61692>, Const<61693>, Const<61694>, Const<61695>),
    );
}

impl Row for typenum::consts::U241 {
    type Cols = (
        (Const<61696>, Const<61697>, Const<61698>, Const<61699>, Const<61700>, Const<61701>, Const<61702>, Const<61703>, Const<61704>, Const<61705>, Const<61706>, Const<61707>, Const<61708>, Const<61709>, Const<61710>, Const<61711>),
        (Const<61712>, Const<61713>, Const<61714>, Const<61715>, Const<61716>, Const<61717>, Const<61718>, Const<61719>, Const<61720>, Const<61721>, Const<61722>, Const<61723>, Const<61724>, Const<61725>, Const<61726>, Const<61727>),
        (Const<61728>, Const<61729>, Const<61730>, Const<61731>, Const<61732>, Const<61733>, Const<61734>, Const<61735>, Const<61736>, Const<61737>, Const<61738>, Const<61739>, Const<61740>, Const<61741>, Const<61742>, Const<61743>),
        (Const<61744>, Const<61745>, Const<61746>, Const<61747>, Const<61748>, Const<61749>, Const<61750>, Const<61751>, Const<61752>, Const<61753>, Const<61754>, Const<61755>, Const<61756>, Const<61757>, Const<61758>, Const<61759>),
        (Const<61760>, Const<61761>, Const<61762>, Const<61763>, Const<61764>, Const<61765>, Const<61766>, Const<61767>, Const<61768>, Const<61769>, Const<61770>, Const<61771>, Const<61772>, Const<61773>, Const<61774>, Const<61775>),
        (Const<61776>, Const<61777>, Const<61778>, Const<61779>, Const<61780>, Const<61781>, Const<61782>, Const<61783>, Const<61784>, Const<61785>, Const<61786>, Const<61787>, Const<61788>, Const<61789>, Const<61790>, Const<61791>),
        (Const<61792>, Const<61793>, Const<61794>, Const<61795>, Const<61796>, Const<61797>, Const<61798>, Const<61799>, Const<61800>, Const<61801>, Const<61802>, Const<61803>, Const<61804>, Const<61805>, Const<61806>, Const<61807>),
        (Const<61808>, Const<61809>, Const<61810>, Const<61811>, Const<61812>, Const<61813>, Const<61814>, Const<61815>, Const<61816>, Const<61817>, Const<61818>, Const<61819>, Const<61820>, Const<61821>, Const<61822>, Const<61823>),
        (Const<61824>, Const<61825>, Const<61826>, Const<61827>, Const<61828>, Const<61829>, Const<61830>, Const<61831>, Const<61832>, Const<61833>, Const<61834>, Const<61835>, Const<61836>, Const<61837>, Const<61838>, Const<61839>),
        (Const<61840>, Const<61841>, Const<61842>, Const<61843>, Const<61844>, Const<61845>, Const<61846>, Const<61847>, Const<61848>, Const<61849>, Const<61850>, Const<61851>, Const<61852>, Const<61853>, Const<61854>, Const<61855>),
        (Const<61856>, Const<61857>, Const<61858>, Const<61859>, Const<61860>, Const<61861>, Const<61862>, Const<61863>, Const<61864>, Const<61865>, Const<61866>, Const<61867>, Const<61868>, Const<61869>, Const<61870>, Const<61871>),
        (Const<61872>, Const<61873>, Const<61874>, Const<61875>, Const<61876>, Const<61877>, Const<61878>, Const<61879>, Const<61880>, Const<61881>, Const<61882>, Const<61883>, Const<61884>, Const<61885>, Const<61886>, Const<61887>),
        (Const<61888>, Const<61889>, Const<61890>, Const<61891>, Const<61892>, Const<61893>, Const<61894>, Const<61895>, Const<61896>, Const<61897>, Const<61898>, Const<61899>, Const<61900>, Const<61901>, Const<61902>, Const<61903>),
        (Const<61904>, Const<61905>, Const<61906>, Const<61907>, Const<61908>, Const<61909>, Const<61910>, Const<61911>, Const<61912>, Const<61913>, Const<61914>, Const<61915>, Const<61916>, Const<61917>, Const<61918>, Const<61919>),
        (Const<61920>, Const<61921>, Const<61922>, Const<61923>, Const<61924>, Const<61925>, Const<61926>, Const<61927>, Const<61928>, Const<61929>, Const<61930>, Const<61931>, Const<61932>, Const<61933>, Const<61934>, Const<61935>),
        (Const<61936>, Const<61937>, Const<61938>, Const<61939>, Const<61940>, Const<61941>, Const<61942>, Const<61943>, Const<61944>, Const<61945>, Const<61946>, Const<61947>, Const<61948>, Const<61949>, Const<61950>, Const<61951>),
    );
}

impl Row for typenum::consts::U242 {
    type Cols = (
        (Const<61952>, Const<61953>, Const<61954>, Const<61955>, Const<61956>, Const<61957>, Const<61958>, Const<61959>, Const<61960>, Const<61961>, Const<61962>, Const<61963>, Const<61964>, Const<61965>, Const<61966>, Const<61967>),
        (Const<61968>, Const<61969>, Const<61970>, Const<61971>, Const<61972>, Const<61973>, Const<61974>, Const<61975>, Const<61976>, Const<61977>, Const<61978>, Const<61979>, Const<61980>, Const<61981>, Const<61982>, Const<61983>),
        (Const<61984>, Const<61985>, Const<61986>, Const<61987>, Const<61988>, Const<61989>, Const<61990>, Const<61991>, Const<61992>, Const<61993>, Const<61994>, Const<61995>, Const<61996>, Const<61997>, Const<61998>, Const<61999>),
        (Const<62000>, Const<62001>, Const<62002>, Const<62003>, Const<62004>, Const<62005>, Const<62006>, Const<62007>, Const<62008>, Const<62009>, Const<62010>, Const<62011>, Const<62012>, Const<62013>, Const<62014>, Const<62015>),
        (Const<62016>, Const<62017>, Const<62018>, Const<62019>, Const<62020>, Const<62021>, Const<62022>, Const<62023>, Const<62024>, Const<62025>, Const<62026>, Const<62027>, Const<62028>, Const<62029>, Const<62030>, Const<62031>),
        (Const<62032>, Const<62033>, Const<62034>, Const<62035>, Const<62036>, Const<62037>, Const<62038>, Const<62039>, Const<62040>, Const<62041>, Const<62042>, Const<62043>, Const<62044>, Const<62045>, Const<62046>, Const<62047>),
        (Const<62048>, Const<62049>, Const<62050>, Const<62051>, Const<62052>, Const<62053>, Const<62054>, Const<62055>, Const<62056>, Const<62057>, Const<62058>, Const<62059>, Const<62060>, Const<62061>, Const<62062>, Const<62063>),
        (Const<62064>, Const<62065>, Const<62066>, Const<62067>, Const<62068>, Const<62069>, Const<62070>, Const<62071>, Const<62072>, Const<62073>, Const<62074>, Const<62075>, Const<62076>, Const<62077>, Const<62078>, Const<62079>),
        (Const<62080>, Const<62081>, Const<62082>, Const<62083>, Const<62084>, Const<62085>, Const<62086>, Const<62087>, Const<62088>, Const<62089>, Const<62090>, Const<62091>, Const<62092>, Const<62093>, Const<62094>, Const<62095>),
        (Const<62096>, Const<62097>, Const<62098>, Const<62099>, Const<62100>, Const<62101>, Const<62102>, Const<62103>, Const<62104>, Const<62105>, Const<62106>, Const<62107>, Const<62108>, Const<62109>, Const<62110>, Const<62111>),
        (Const<62112>, Const<62113>, Const<62114>, Const<62115>, Const<62116>, Const<62117>, Const<62118>, Const<62119>, Const<62120>, Const<62121>, Const<62122>, Const<62123>, Const<62124>, Const<62125>, Const<62126>, Const<62127>),
        (Const<62128>, Const<62129>, Const<62130>, Const<62131>, Const<62132>, Const<62133>, Const<62134>, Const<62135>, Const<62136>, Const<62137>, Const<62138>, Const<62139>, Const<62140>, Const<62141>, Const<62142>, Const<62143>),
        (Const<62144>, Const<62145>, Const<62146>, Const<62147>, Const<62148>, Const<62149>, Const<62150>, Const<62151>, Const<62152>, Const<62153>, Const<62154>, Const<62155>, Const<62156>, Const<62157>, Const<62158>, Const<62159>),
        (Const<62160>, Const<62161>, Const<62162>, Const<62163>, Const<62164>, Const<62165>, Const<62166>, Const<62167>, Const<62168>, Const<62169>, Const<62170>, Const<62171>, Const<62172>, Const<62173>, Const<62174>, Const<62175>),
        (Const<62176>, Const<62177>, Const<62178>, Const<62179>, Const<62180>, Const<62181>, Const<62182>, Const<62183>, Const<62184>, Const<62185>, Const<62186>, Const<62187>, Const<62188>, Const<62189>, Const<62190>, Const<62191>),
        (Const<62192>, Const<62193>, Const<62194>, Const<62195>, Const<62196>, Const<62197>, Const<62198>, Const<62199>, Const<62200>, Const<62201>, Const<62202>, Const<62203>, Const<62204>, Const<62205>, Const<62206>, Const<62207>),
    );
}

impl Row for typenum::consts::U243 {
    type Cols = (
        (Const<62208>, Const<62209>, Const<62210>, Const<62211>, Const<62212>, Const<62213>, Const<62214>, Const<62215>, Const<62216>, Const<62217>, Const<62218>, Const<62219>, Const<62220>, Const<62221>, Const<62222>, Const<62223>),
        (Const<62224>, Const<62225>, Const<62226>, Const<62227>, Const<62228>, Const<62229>, Const<62230>, Const<62231>, Const<62232>, Const<62233>, Const<62234>, Const<62235>, Const<62236>, Const<62237>, Const<62238>, Const<62239>),
        (Const<62240>, Const<62241>, Const<62242>, Const<62243>, Const<62244>, Const<62245>, Const<62246>, Const<62247>, Const<62248>, Const<62249>, Const<62250>, Const<62251>, Const<62252>, Const<62253>, Const<62254>, Const<62255>),
        (Const<62256>, Const<62257>, Const<62258>, Const<62259>, Const<62260>, Const<62261>, Const<62262>, Const<62263>, Const<62264>, Const<62265>, Const<62266>, Const<62267>, Const<62268>, Const<62269>, Const<62270>, Const<62271>),
        (Const<62272>, Const<62273>, Const<62274>, Const<62275>, Const<62276>, Const<62277>, Const<62278>, Const<62279>, Const<62280>, Const<62281>, Const<62282>, Const<62283>, Const<62284>, Const<62285>, Const<62286>, Const<62287>),
        (Const<62288>, Const<62289>, Const<62290>, Const<62291>, Const<62292>, Const<62293>, Const<62294>, Const<62295>, Const<62296>, Const<62297>, Const<62298>, Const<62299>, Const<62300>, Const<62301>, Const<62302>, Const<62303>),
        (Const<62304>, Const<62305>, Const<62306>, Const<62307>, Const<62308>, Const<62309>, Const<62310>, Const<62311>, Const<62312>, Const<62313>, Const<62314>, Const<62315>, Const<62316>, Const<62317>, Const<62318>, Const<62319>),
        (Const<62320>, Const<62321>, Const<62322>, Const<62323>, Const<62324>, Const<62325>, Const<62326>, Const<62327>, Const<62328>, Const<62329>, Const<62330>, Const<62331>, Const<62332>, Const<62333>, Const<62334>, Const<62335>),
        (Const<62336>, Const<62337>, Const<62338>, Const<62339>, Const<62340>, Const<62341>, Const<62342>, Const<62343>, Const<62344>, Const<62345>, Const<62346>, Const<62347>, Const<62348>, Const<62349>, Const<62350>, Const<62351>),
        (Const<62352>, Const<62353>, Const<62354>, Const<62355>, Const<62356>, Const<62357>, Const<62358>, Const<62359>, Const<62360>, Const<62361>, Const<62362>, Const<62363>, Const<62364>, Const<62365>, Const<62366>, Const<62367>),
        (Const<62368>, Const<62369>, Const<62370>, Const<62371>, Const<62372>, Const<62373>, Const<62374>, Const<62375>, Const<62376>, Const<62377>, Const<62378>, Const<62379>, Const<62380>, Const<62381>, Const<62382>, Const<62383>),
        (Const<62384>, Const<62385>, Const<62386>, Const<62387>, Const<62388>, Const<62389>, Const<62390>, Const<62391>, Const<62392>, Const<62393>, Const<62394>, Const<62395>, Const<62396>, Const<62397>, Const<62398>, Const<62399>),
        (Const<62400>, Const<62401>, Const<62402>, Const<62403>, Const<62404>, Const<62405>, Const<62406>, Const<62407>, Const<62408>, Const<62409>, Const<62410>, Const<62411>, Const<62412>, Const<62413>, Const<62414>, Const<62415>),
        (Const<62416>, Const<62417>, Const<62418>, Const<62419>, Const<62420>, Const<62421>, Const<62422>, Const<62423>, Const<62424>, Const<62425>, Const<62426>, Const<62427>, Const<62428>, Const<62429>, Const<62430>, Const<62431>),
        (Const<62432>, Const<62433>, Const<62434>, Const<62435>, Const<62436>, Const<62437>, Const<62438>, Const<62439>, Const<62440>, Const<62441>, Const<62442>, Const<62443>, Const<62444>, Const<62445>, Const<62446>, Const<62447>),
        (Const<62448>, Const<62449>, Const<62450>, Const<62451>, Const<62452>, Const<62453>, Const<62454>, Const<62455>, Const<62456>, Const<62457>, Const<62458>, Const<62459>, Const<62460>, Const<62461>, Const<62462>, Const<62463>),
    );
}

impl Row for typenum::consts::U244 {
    type Cols = (
        (Const<62464>, Const<62465>, Const<62466>, Const<62467>, Const<62468>, Const<62469>, Const<62470>, Const<62471>, Const<62472>, Const<62473>, Const<62474>, Const<62475>, Const<62476>, Const<62477>, Const<62478>, Const<62479>),
        (Const<62480>, Const<62481>, Const<62482>, Const<62483>, Const<62484>, Const<62485>, Const<62486>, Const<62487>, Const<62488>, Const<62489>, Const<62490>, Const<62491>, Const<62492>, Const<62493>, Const<62494>, Const<62495>),
        (Const<62496>, Const<62497>, Const<62498>, Const<62499>, Const<62500>, Const<62501>, Const<62502>, Const<62503>, Const<62504>, Const<62505>, Const<62506>, Const<62507>, Const<62508>, Const<62509>, Const<62510>, Const<62511>),
        (Const<62512>, Const<62513>, Const<62514>, Const<62515>, Const<62516>, Const<62517>, Const<62518>, Const<62519>, Const<62520>, Const<62521>, Const<62522>, Const<62523>, Const<62524>, Const<62525>, Const<62526>, Const<62527>),
        (Const<62528>, Const<62529>, Const<62530>, Const<62531>, Const<62532>, Const<62533>, Const<62534>, Const<62535>, Const<62536>, Const<62537>, Const<62538>, Const<62539>, Const<62540>, Const<62541>, Const<62542>, Const<62543>),
        (Const<62544>, Const<62545>, Const<62546>, Const<62547>, Const<62548>, Const<62549>, Const<62550>, Const<62551>, Const<62552>, Const<62553>, Const<62554>, Const<62555>, Const<62556>, Const<62557>, Const<62558>, Const<62559>),
        (Const<62560>, Const<62561>, Const<62562>, Const<62563>, Const<62564>, Const<62565>, Const<62566>, Const<62567>, Const<62568>, Const<62569>, Const<62570>, Const<62571>, Const<62572>, Const<62573>, Const<62574>, Const<62575>),
        (Const<62576>, Const<62577>, Const<62578>, Const<62579>, Const<62580>, Const<62581>, Const<62582>, Const<62583>, Const<62584>, Const<62585>, Const<62586>, Const<62587>, Const<62588>, Const<62589>, Const<62590>, Const<62591>),
        (Const<62592>, Const<62593>, Const<62594>, Const<62595>, Const<62596>, Const<62597>, Const<62598>, Const<62599>, Const<62600>, Const<62601>, Const<62602>, Const<62603>, Const<62604>, Const<62605>, Const<62606>, Const<62607>),
        (Const<62608>, Const<62609>, Const<62610>, Const<62611>, Const<62612>, Const<62613>, Const<62614>, Const<62615>, Const<62616>, Const<62617>, Const<62618>, Const<62619>, Const<62620>, Const<62621>, Const<62622>, Const<62623>),
        (Const<62624>, Const<62625>, Const<62626>, Const<62627>, Const<62628>, Const<62629>, Const<62630>, Const<62631>, Const<62632>, Const<62633>, Const<62634>, Const<62635>, Const<62636>, Const<62637>, Const<62638>, Const<62639>),
        (Const<62640>, Const<62641>, Const<62642>, Const<62643>, Const<62644>, Const<62645>, Const<62646>, Const<62647>, Const<62648>, Const<62649>, Const<62650>, Const<62651>, Const<62652>, Const<62653>, Const<62654>, Const<62655>),
        (Const<62656>, Const<62657>, Const<62658>, Const<62659>, Const<62660>, Const<62661>, Const<62662>, Const<62663>, Const<62664>, Const<62665>, Const<62666>, Const<62667>, Const<62668>, Const<62669>, Const<62670>, Const<62671>),
        (Const<62672>, Const<62673>, Const<62674>, Const<62675>, Const<62676>, Const<62677>, Const<62678>, Const<62679>, Const<62680>, Const<62681>, Const<62682>, Const<62683>, Const<62684>, Const<62685>, Const<62686>, Const<62687>),
        (Const<62688>, Const<62689>, Const<62690>, Const<62691>, Const<62692>, Const<62693>, Const<62694>, Const<62695>, Const<62696>, Const<62697>, Const<62698>, Const<62699>, Const<62700>, Const<62701>, Const<62702>, Const<62703>),
        (Const<62704>, Const<62705>, Const<62706>, Const<62707>, Const<62708>, Const<62709>, Const<62710>, Const<62711>, Const<62712>, Const<62713>, Const<62714>, Const<62715>, Const<62716>, Const<62717>, Const<62718>, Const<62719>),
    );
}

impl Row for typenum::consts::U245 {
    type Cols = (
        (Const<62720>, Const<62721>, Const<62722>, Const<62723>, Const<62724>, Const<62725>, Const<62726>, Const<62727>, Const<62728>, Const<62729>, Const<62730>, Const<62731>, Const<62732>, Const<62733>, Const<62734>, Const<62735>),
        (Const<62736>, Const<62737>, Const<62738>, Const<62739>, Const<62740>, Const<62741>, Const<62742>, Const<62743>, Const<62744>, Const<62745>, Const<62746>, Const<62747>, Const<62748>, Const<62749>, Const<62750>, Const<62751>),
        (Const<62752>, Const<62753>, Const<62754>, Const<62755>, Const<62756>, Const<62757>, Const<62758>, Const<62759>, Const<62760>, Const<62761>, Const<62762>, Const<62763>, Const<62764>, Const<62765>, Const<62766>, Const<62767>),
        (Const<62768>, Const<62769>, Const<62770>, Const<62771>, Const<62772>, Const<62773>, Const<62774>, Const<62775>, Const<62776>, Const<62777>, Const<62778>, Const<62779>, Const<62780>, Const<62781>, Const<62782>, Const<62783>),
        (Const<62784>, Const<62785>, Const<62786>, Const<62787>, Const<62788>, Const<62789>, Const<62790>, Const<62791>, Const<62792>, Const<62793>, Const<62794>, Const<62795>, Const<62796>, Const<62797>, Const<62798>, Const<62799>),
        (Const<62800>, Const<62801>, Const<62802>, Const<62803>, Const<62804>, Const<62805>, Const<62806>, Const<62807>, Const<62808>, Const<62809>, Const<62810>, Const<62811>, Const<62812>, Const<62813>, Const<62814>, Const<62815>),
        (Const<62816>, Const<62817>, Const<62818>, Const<62819>, Const<62820>, Const<62821>, Const<62822>, Const<62823>, Const<62824>, Const<62825>, Const<62826>, Const<62827>, Const<62828>, Const<62829>, Const<62830>, Const<62831>),
        (Const<62832>, Const<62833>, Const<62834>, Const<62835>, Const<62836>, Const<62837>, Const<62838>, Const<62839>, Const<62840>, Const<62841>, Const<62842>, Const<62843>, Const<62844>, Const<62845>, Const<62846>, Const<62847>),
        (Const<62848>, Const<62849>, Const<62850>, Const<62851>, Const<62852>, Const<62853>, Const<62854>, Const<62855>, Const<62856>, Const<62857>, Const<62858>, Const<62859>, Const<62860>, Const<62861>, Const<62862>, Const<62863>),
        (Const<62864>, Const<62865>, Const<62866>, Const<62867>, Const<62868>, Const<62869>, Const<62870>, Const<62871>, Const<62872>, Const<62873>, Const<62874>, Const<62875>, Const<62876>, Const<62877>, Const<62878>, Const<62879>),
        (Const<62880>, Const<62881>, Const<62882>, Const<62883>, Const<62884>, Const<62885>, Const<62886>, Const<62887>, Const<62888>, Const<62889>, Const<62890>, Const<62891>, Const<62892>, Const<62893>, Const<62894>, Const<62895>),
        (Const<62896>, Const<62897>, Const<62898>, Const<62899>, Const<62900>, Const<62901>, Const<62902>, Const<62903>, Const<62904>, Const<62905>, Const<62906>, Const<62907>, Const<62908>, Const<62909>, Const<62910>, Const<62911>),
        (Const<62912>, Const<62913>, Const<62914>, Const<62915>, Const<62916>, Const<62917>, Const<62918>, Const<62919>, Const<62920>, Const<62921>, Const<62922>, Const<62923>, Const<62924>, Const<62925>, Const<62926>, Const<62927>),
        (Const<62928>, Const<62929>, Const<62930>, Const<62931>, Const<62932>, Const<62933>, Const<62934>, Const<62935>, Const<62936>, Const<62937>, Const<62938>, Const<62939>, Const<62940>, Const<62941>, Const<62942>, Const<62943>),
        (Const<62944>, Const<62945>, Const<62946>, Const<62947>, Const<62948>, Const<62949>, Const<62950>, Const<62951>, Const<62952>, Const<62953>, Const<62954>, Const<62955>, Const<62956>, Const<62957>, Const<62958>, Const<62959>),
        (Const<62960>, Const<62961>, Const<62962>, Const<62963>, Const<62964>, Const<62965>, Const<62966>, Const<62967>, Const<62968>, Const<62969>, Const<62970>, Const<62971>, Const<62972>, Const<62973>, Const<62974>, Const<62975>),
    );
}

impl Row for typenum::consts::U246 {
    type Cols = (
        (Const<62976>, Const<62977>, Const<62978>, Const<62979>, Const<62980>, Const<62981>, Const<62982>, Const<62983>, Const<62984>, Const<62985>, Const<62986>, Const<62987>, Const<62988>, Const<62989>, Const<62990>, Const<62991>),
        (Const<62992>, Const<62993>, Const<62994>, Const<62995>, Const<62996>, Const<62997>, Const<62998>, Const<62999>, Const<63000>, Const<63001>, Const<63002>, Const<63003>, Const<63004>, Const<63005>, Const<63006>, Const<63007>),
        (Const<63008>, Const<63009>, Const<63010>, Const<63011>, Const<63012>, Const<63013>, Const<63014>, Const<63015>, Const<63016>, Const<63017>, Const<63018>, Const<63019>, Const<63020>, Const<63021>, Const<63022>, Const<63023>),
        (Const<63024>, Const<63025>, Const<63026>, Const<63027>, Const<63028>, Const<63029>, Const<63030>, Const<63031>, Const<63032>, Const<63033>, Const<63034>, Const<63035>, Const<63036>, Const<63037>, Const<63038>, Const<63039>),
        (Const<63040>, Const<63041>, Const<63042>, Const<63043>, Const<63044>, Const<63045>, Const<63046>, Const<63047>, Const<63048>, Const<63049>, Const<63050>, Const<63051>, Const<63052>, Const<63053>, Const<63054>, Const<63055>),
        (Const<63056>, Const<63057>, Const<63058>, Const<63059>, Const<63060>, Const<63061>, Const<63062>, Const<63063>, Const<63064>, Const<63065>, Const<63066>, Const<63067>, Const<63068>, Const<63069>, Const<63070>, Const<63071>),
        (Const<63072>, Const<63073>, Const<63074>, Const<63075>, Const<63076>, Const<63077>, Const<63078>, Const<63079>, Const<63080>, Const<63081>, Const<63082>, Const<63083>, Const<63084>, Const<63085>, Const<63086>, Const<63087>),
        (Const<63088>, Const<63089>, Const<63090>, Const<63091>, Const<63092>, Const<63093>, Const<63094>, Const<63095>, Const<63096>, Const<63097>, Const<63098>, Const<63099>, Const<63100>, Const<63101>, Const<63102>, Const<63103>),
        (Const<63104>, Const<63105>, Const<63106>, Const<63107>, Const<63108>, Const<63109>, Const<63110>, Const<63111>, Const<63112>, Const<63113>, Const<63114>, Const<63115>, Const<63116>, Const<63117>, Const<63118>, Const<63119>),
        (Const<63120>, Const<63121>, Const<63122>, Const<63123>, Const<63124>, Const<63125>, Const<63126>, Const<63127>, Const<63128>, Const<63129>, Const<63130>, Const<63131>, Const<63132>, Const<63133>, Const<63134>, Const<63135>),
        (Const<63136>, Const<63137>, Const<63138>, Const<63139>, Const<63140>, Const<63141>, Const<63142>, Const<63143>, Const<63144>, Const<63145>, Const<63146>, Const<63147>, Const<63148>, Const<63149>, Const<63150>, Const<63151>),
        (Const<63152>, Const<63153>, Const<63154>, Const<63155>, Const<63156>, Const<63157>, Const<63158>, Const<63159>, Const<63160>, Const<63161>, Const<63162>, Const<63163>, Const<63164>, Const<63165>, Const<63166>, Const<63167>),
        (Const<63168>, Const<63169>, Const<63170>, Const<63171>, Const<63172>, Const<63173>, Const<63174>, Const<63175>, Const<63176>, Const<63177>, Const<63178>, Const<63179>, Const<63180>, Const<63181>, Const<63182>, Const<63183>),
        (Const<63184>, Const<63185>, Const<63186>, Const<63187>, Const<63188>, Const<63189>, Const<63190>, Const<63191>, Const<63192>, Const<63193>, Const<63194>, Const<63195>, Const<63196>, Const<63197>, Const<63198>, Const<63199>),
        (Const<63200>, Const<63201>, Const<63202>, Const<63203>, Const<63204>, Const<63205>, Const<63206>, Const<63207>, Const<63208>, Const<63209>, Const<63210>, Const<63211>, Const<63212>, Const<63213>, Const<63214>, Const<63215>),
        (Const<63216>, Const<63217>, Const<63218>, Const<63219>, Const<63220>, Const<63221>, Const<63222>, Const<63223>, Const<63224>, Const<63225>, Const<63226>, Const<63227>, Const<63228>, Const<63229>, Const<63230>, Const<63231>),
    );
}

impl Row for typenum::consts::U247 {
    type Cols = (
        (Const<63232>, Const<63233>, Const<63234>, Const<63235>, Const<63236>, Const<63237>, Const<63238>, Const<63239>, Const<63240>, Const<63241>, Const<63242>, Const<63243>, Const<63244>, Const<63245>, Const<63246>, Const<63247>),
        (Const<63248>, Const<63249>, Const<63250>, Const<63251>, Const<63252>, Const<63253>, Const<63254>, Const<63255>, Const<63256>, Const<63257>, Const<63258>, Const<63259>, Const<63260>, Const<63261>, Const<63262>, Const<63263>),
        (Const<63264>, Const<63265>, Const<63266>, Const<63267>, Const<63268>, Const<63269>, Const<63270>, Const<63271>, Const<63272>, Const<63273>, Const<63274>, Const<63275>, Const<63276>, Const<63277>, Const<63278>, Const<63279>),
        (Const<63280>, Const<63281>, Const<63282>, Const<63283>, Const<63284>, Const<63285>, Const<63286>, Const<63287>, Const<63288>, Const<63289>, Const<63290>, Const<63291>, Const<63292>, Const<63293>, Const<63294>, Const<63295>),
        (Const<63296>, Const<63297>, Const<63298>, Const<63299>, Const<63300>, Const<63301>, Const<63302>, Const<63303>, Const<63304>, Const<63305>, Const<63306>, Const<63307>, Const<63308>, Const<63309>, Const<63310>, Const<63311>),
        (Const<63312>, Const<63313>, Const<63314>, Const<63315>, Const<63316>, Const<63317>, Const<63318>, Const<63319>, Const<63320>, Const<63321>, Const<63322>, Const<63323>, Const<63324>, Const<63325>, Const<63326>, Const<63327>),
        (Const<63328>, Const<63329>, Const<63330>, Const<63331>, Const<63332>, Const<63333>, Const<63334>, Const<63335>, Const<63336>, Const<63337>, Const<63338>, Const<63339>, Const<63340>, Const<63341>, Const<63342>, Const<63343>),
        (Const<63344>, Const<63345>, Const<63346>, Const<63347>, Const<63348>, Const<63349>, Const<63350>, Const<63351>, Const<63352>, Const<63353>, Const<63354>, Const<63355>, Const<63356>, Const<63357>, Const<63358>, Const<63359>),
        (Const<63360>, Const<63361>, Const<63362>, Const<63363>, Const<63364>, Const<63365>, Const<63366>, Const<63367>, Const<63368>, Const<63369>, Const<63370>, Const<63371>, Const<63372>, Const<63373>, Const<63374>, Const<63375>),
        (Const<63376>, Const<63377>, Const<63378>, Const<63379>, Const<63380>, Const<63381>, Const<63382>, Const<63383>, Const<63384>, Const<63385>, Const<63386>, Const<63387>, Const<63388>, Const<63389>, Const<63390>, Const<63391>),
        (Const<63392>, Const<63393>, Const<63394>, Const<63395>, Const<63396>, Const<63397>, Const<63398>, Const<63399>, Const<63400>, Const<63401>, Const<63402>, Const<63403>, Const<63404>, Const<63405>, Const<63406>, Const<63407>),
        (Const<63408>, Const<63409>, Const<63410>, Const<63411>, Const<63412>, Const<63413>, Const<63414>, Const<63415>, Const<63416>, Const<63417>, Const<63418>, Const<63419>, Const<63420>, Const<63421>, Const<63422>, Const<63423>),
        (Const<63424>, Const<63425>, Const<63426>, Const<63427>, Const<63428>, Const<63429>, Const<63430>, Const<63431>, Const<63432>, Const<63433>, Const<63434>, Const<63435>, Const<63436>, Const<63437>, Const<63438>, Const<63439>),
        (Const<63440>, Const<63441>, Const<63442>, Const<63443>, Const<63444>, Const<63445>, Const<63446>, Const<63447>, Const<63448>, Const<63449>, Const<63450>, Const<63451>, Const<63452>, Const<63453>, Const<63454>, Const<63455>),
        (Const<63456>, Const<63457>, Const<63458>, Const<63459>, Const<63460>, Const<63461>, Const<63462>, Const<63463>, Const<63464>, Const<63465>, Const<63466>, Const<63467>, Const<63468>, Const<63469>, Const<63470>, Const<63471>),
        (Const<63472>, Const<63473>, Const<63474>, Const<63475>, Const<63476>, Const<63477>, Const<63478>, Const<63479>, Const<63480>, Const<63481>, Const<63482>, Const<63483>, Const<63484>, Const<63485>, Const<63486>, Const<63487>),
    );
}

impl Row for typenum::consts::U248 {
    type Cols = (
        (Const<63488>, Const<63489>, Const<63490>, Const<63491>, Const<63492>, Const<63493>, Const<63494>, Const<63495>, Const<63496>, Const<63497>, Const<63498>, Const<63499>, Const<63500>, Const<63501>, Const<63502>, Const<63503>),
        (Const<63504>, Const<63505>, Const<63506>, Const<63507>, Const<63508>, Const<63509>, Const<63510>, Const<63511>, Const<63512>, Const<63513>, Const<63514>, Const<63515>, Const<63516>, Const<63517>, Const<63518>, Const<63519>),
        (Const<63520>, Const<63521>, Const<63522>, Const<63523>, Const<63524>, Const<63525>, Const<63526>, Const<63527>, Const<63528>, Const<63529>, Const<63530>, Const<63531>, Const<63532>, Const<63533>, Const<63534>, Const<63535>),
        (Const<63536>, Const<63537>, Const<63538>, Const<63539>, Const<63540>, Const<63541>, Const<63542>, Const<63543>, Const<63544>, Const<63545>, Const<63546>, Const<63547>, Const<63548>, Const<63549>, Const<63550>, Const<63551>),
        (Const<63552>, Const<63553>, Const<63554>, Const<63555>, Const<63556>, Const<63557>, Const<63558>, Const<63559>, Const<63560>, Const<63561>, Const<63562>, Const<63563>, Const<63564>, Const<63565>, Const<63566>, Const<63567>),
        (Const<63568>, Const<63569>, Const<63570>, Const<63571>, Const<63572>, Const<63573>, Const<63574>, Const<63575>, Const<63576>, Const<63577>, Const<63578>, Const<63579>, Const<63580>, Const<63581>, Const<63582>, Const<63583>),
        (Const<63584>, Const<63585>, Const<63586>, Const<63587>, Const<63588>, Const<63589>, Const<63590>, Const<63591>, Const<63592>, Const<63593>, Const<63594>, Const<63595>, Const<63596>, Const<63597>, Const<63598>, Const<63599>),
        (Const<63600>, Const<63601>, Const<63602>, Const<63603>, Const<63604>, Const<63605>, Const<63606>, Const<63607>, Const<63608>, Const<63609>, Const<63610>, Const<63611>, Const<63612>, Const<63613>, Const<63614>, Const<63615>),
        (Const<63616>, Const<63617>, Const<63618>, Const<63619>, Const<63620>, Const<63621>, Const<63622>, Const<63623>, Const<63624>, Const<63625>, Const<63626>, Const<63627>, Const<63628>, Const<63629>, Const<63630>, Const<63631>),
        (Const<63632>, Const<63633>, Const<63634>, Const<63635>, Const<63636>, Const<63637>, Const<63638>, Const<63639>, Const<63640>, Const<63641>, Const<63642>, Const<63643>, Const<63644>, Const<63645>, Const<63646>, Const<63647>),
        (Const<63648>, Const<63649>, Const<63650>, Const<63651>, Const<63652>, Const<63653>, Const<63654>, Const<63655>, Const<63656>, Const<63657>, Const<63658>, Const<63659>, Const<63660>, Const<63661>, Const<63662>, Const<63663>),
        (Const<63664>, Const<63665>, Const<63666>, Const<63667>, Const<63668>, Const<63669>, Const<63670>, Const<63671>, Const<63672>, Const<63673>, Const<63674>, Const<63675>, Const<63676>, Const<63677>, Const<63678>, Const<63679>),
        (Const<63680>, Const<63681>, Const<63682>, Const<63683>, Const<63684>, Const<63685>, Const<63686>, Const<63687>, Const<63688>, Const<63689>, Const<63690>, Const<63691>, Const<63692>, Const<63693>, Const<63694>, Const<63695>),
        (Const<63696>, Const<63697>, Const<63698>, Const<63699>, Const<63700>, Const<63701>, Const<63702>, Const<63703>, Const<63704>, Const<63705>, Const<63706>, Const<63707>, Const<63708>, Const<63709>, Const<63710>, Const<63711>),
        (Const<63712>, Const<63713>, Const<63714>, Const<63715>, Const<63716>, Const<63717>, Const<63718>, Const<63719>, Const<63720>, Const<63721>, Const<63722>, Const<63723>, Const<63724>, Const<63725>, Const<63726>, Const<63727>),
        (Const<63728>, Const<63729>, Const<63730>, Const<63731>, Const<63732>, Const<63733>, Const<63734>, Const<63735>, Const<63736>, Const<63737>, Const<63738>, Const<63739>, Const<63740>, Const<63741>, Const<63742>, Const<63743>),
    );
}

impl Row for typenum::consts::U249 {
    type Cols = (
        (Const<63744>, Const<63745>, Const<63746>, Const<63747>, Const<63748>, Const<63749>, Const<63750>, Const<63751>, Const<63752>, Const<63753>, Const<63754>, Const<63755>, Const<63756>, Const<63757>, Const<63758>, Const<63759>),
        (Const<63760>, Const<63761>, Const<63762>, Const<63763>, Const<63764>, Const<63765>, Const<63766>, Const<63767>, Const<63768>, Const<63769>, Const<63770>, Const<63771>, Const<63772>, Const<63773>, Const<63774>, Const<63775>),
        (Const<63776>, Const<63777>, Const<63778>, Const<63779>, Const<63780>, Const<63781>, Const<63782>, Const<63783>, Const<63784>, Const<63785>, Const<63786>, Const<63787>, Const<63788>, Const<63789>, Const<63790>, Const<63791>),
        (Const<63792>, Const<63793>, Const<63794>, Const<63795>, Const<63796>, Const<63797>, Const<63798>, Const<63799>, Const<63800>, Const<63801>, Const<63802>, Const<63803>, Const<63804>, Const<63805>, Const<63806>, Const<63807>),
        (Const<63808>, Const<63809>, Const<63810>, Const<63811>, Const<63812>, Const<63813>, Const<63814>, Const<63815>, Const<63816>, Const<63817>, Const<63818>, Const<63819>, Const<63820>, Const<63821>, Const<63822>, Const<63823>),
        (Const<63824>, Const<63825>, Const<63826>, Const<63827>, Const<63828>, Const<63829>, Const<63830>, Const<63831>, Const<63832>, Const<63833>, Const<63834>, Const<63835>, Const<63836>, Const<63837>, Const<63838>, Const<63839>),
        (Const<63840>, Const<63841>, Const<63842>, Const<63843>, Const<63844>, Const<63845>, Const<63846>, Const<63847>, Const<63848>, Const<63849>, Const<63850>, Const<63851>, Const<63852>, Const<63853>, Const<63854>, Const<63855>),
        (Const<63856>, Const<63857>, Const<63858>, Const<63859>, Const<63860>, Const<63861>, Const<63862>, Const<63863>, Const<63864>, Const<63865>, Const<63866>, Const<63867>, Const<63868>, Const<63869>, Const<63870>, Const<63871>),
        (Const<63872>, Const<63873>, Const<63874>, Const<63875>, Const<63876>, Const<63877>, Const<63878>, Const<63879>, Const<63880>, Const<63881>, Const<63882>, Const<63883>, Const<63884>, Const<63885>, Const<63886>, Const<63887>),
        (Const<63888>, Const<63889>, Const<63890>, Const<63891>, Const<63892>, Const<63893>, Const<63894>, Const<63895>, Const<63896>, Const<63897>, Const<63898>, Const<63899>, Const<63900>, Const<63901>, Const<63902>, Const<63903>),
        (Const<63904>, Const<63905>, Const<63906>, Const<63907>, Const<63908>, Const<63909>, Const<63910>, Const<63911>, Const<63912>, Const<63913>, Const<63914>, Const<63915>, Const<63916>, Const<63917>, Const<63918>, Const<63919>),
        (Const<63920>, Const<63921>, Const<63922>, Const<63923>, Const<63924>, Const<63925>, Const<63926>, Const<63927>, Const<63928>, Const<63929>, Const<63930>, Const<63931>, Const<63932>, Const<63933>, Const<63934>, Const<63935>),
        (Const<63936>, Const<63937>, Const<63938>, Const<63939>, Const<63940>, Const<63941>, Const<63942>, Const<63943>, Const<63944>, Const<63945>, Const<63946>, Const<63947>, Const<63948>, Const<63949>, Const<63950>, Const<63951>),
        (Const<63952>, Const<63953>, Const<63954>, Const<63955>, Const<63956>, Const<63957>, Const<63958>, Const<63959>, Const<63960>, Const<63961>, Const<63962>, Const<63963>, Const<63964>, Const<63965>, Const<63966>, Const<63967>),
        (Const<63968>, Const<63969>, Const<63970>, Const<63971>, Const<63972>, Const<63973>, Const<63974>, Const<63975>, Const<63976>, Const<63977>, Const<63978>, Const<63979>, Const<63980>, Const<63981>, Const<63982>, Const<63983>),
        (Const<63984>, Const<63985>, Const<63986>, Const<63987>, Const<63988>, Const<63989>, Const<63990>, Const<63991>, Const<63992>, Const<63993>, Const<63994>, Const<63995>, Const<63996>, Const<63997>, Const<63998>, Const<63999>),
    );
}

impl Row for typenum::consts::U250 {
    type Cols = (
        (Const<64000>, Const<64001>, Const<64002>, Const<64003>, Const<64004>, Const<64005>, Const<64006>, Const<64007>, Const<64008>, Const<64009>, Const<64010>, Const<64011>, Const<64012>, Const<64013>, Const<64014>, Const<64015>),
        (Const<64016>, Const<64017>, Const<64018>, Const<64019>, Const<64020>, Const<64021>, Const<64022>, Const<64023>, Const<64024>, Const<64025>, Const<64026>, Const<64027>, Const<64028>, Const<64029>, Const<64030>, Const<64031>),
        (Const<64032>, Const<64033>, Const<64034>, Const<64035>, Const<64036>, Const<64037>, Const<64038>, Const<64039>, Const<64040>, Const<64041>, Const<64042>, Const<64043>, Const<64044>, Const<64045>, Const<64046>, Const<64047>),
        (Const<64048>, Const<64049>, Const<64050>, Const<64051>, Const<64052>, Const<64053>, Const<64054>, Const<64055>, Const<64056>, Const<64057>, Const<64058>, Const<64059>, Const<64060>, Const<64061>, Const<64062>, Const<64063>),
        (Const<64064>, Const<64065>, Const<64066>, Const<64067>, Const<64068>, Const<64069>, Const<64070>, Const<64071>, Const<64072>, Const<64073>, Const<64074>, Const<64075>, Const<64076>, Const<64077>, Const<64078>, Const<64079>),
        (Const<64080>, Const<64081>, Const<64082>, Const<64083>, Const<64084>, Const<64085>, Const<64086>, Const<64087>, Const<64088>, Const<64089>, Const<64090>, Const<64091>, Const<64092>, Const<64093>, Const<64094>, Const<64095>),
        (Const<64096>, Const<64097>, Const<64098>, Const<64099>, Const<64100>, Const<64101>, Const<64102>, Const<64103>, Const<64104>, Const<64105>, Const<64106>, Const<64107>, Const<64108>, Const<64109>, Const<64110>, Const<64111>),
        (Const<64112>, Const<64113>, Const<64114>, Const<64115>, Const<64116>, Const<64117>, Const<64118>, Const<64119>, Const<64120>, Const<64121>, Const<64122>, Const<64123>, Const<64124>, Const<64125>, Const<64126>, Const<64127>),
        (Const<64128>, Const<64129>, Const<64130>, Const<64131>, Const<64132>, Const<64133>, Const<64134>, Const<64135>, Const<64136>, Const<64137>, Const<64138>, Const<64139>, Const<64140>, Const<64141>, Const<64142>, Const<64143>),
        (Const<64144>, Const<64145>, Const<64146>, Const<64147>, Const<64148>, Const<64149>, Const<64150>, Const<64151>, Const<64152>, Const<64153>, Const<64154>, Const<64155>, Const<64156>, Const<64157>, Const<64158>, Const<64159>),
        (Const<64160>, Const<64161>, Const<64162>, Const<64163>, Const<64164>, Const<64165>, Const<64166>, Const<64167>, Const<64168>, Const<64169>, Const<64170>, Const<64171>, Const<64172>, Const<64173>, Const<64174>, Const<64175>),
        (Const<64176>, Const<64177>, Const<64178>, Const<64179>, Const<64180>, Const<64181>, Const<64182>, Const<64183>, Const<64184>, Const<64185>, Const<64186>, Const<64187>, Const<64188>, Const<64189>, Const<64190>, Const<64191>),
        (Const<64192>, Const<64193>, Const<64194>, Const<64195>, Const<64196>, Const<64197>, Const<64198>, Const<64199>, Const<64200>, Const<64201>, Const<64202>, Const<64203>, Const<64204>, Const<64205>, Const<64206>, Const<64207>),
        (Const<64208>, Const<64209>, Const<64210>, Const<64211>, Const<64212>, Const<64213>, Const<64214>, Const<64215>, Const<64216>, Const<64217>, Const<64218>, Const<64219>, Const<64220>, Const<64221>, Const<64222>, Const<64223>),
        (Const<64224>, Const<64225>, Const<64226>, Const<64227>, Const<64228>, Const<64229>, Const<64230>, Const<64231>, Const<64232>, Const<64233>, Const<64234>, Const<64235>, Const<64236>, Const<64237>, Const<64238>, Const<64239>),
        (Const<64240>, Const<64241>, Const<64242>, Const<64243>, Const<64244>, Const<64245>, Const<64246>, Const<64247>, Const<64248>, Const<64249>, Const<64250>, Const<64251>, Const<64252>, Const<64253>, Const<64254>, Const<64255>),
    );
}

impl Row for typenum::consts::U251 {
    type Cols = (
        (Const<64256>, Const<64257>, Const<64258>, Const<64259>, Const<64260>, Const<64261>, Const<64262>, Const<64263>, Const<64264>, Const<64265>, Const<64266>, Const<64267>, Const<64268>, Const<64269>, Const<64270>, Const<64271>),
        (Const<64272>, Const<64273>, Const<64274>, Const<64275>, Const<64276>, Const<64277>, Const<64278>, Const<64279>, Const<64280>, Const<64281>, Const<64282>, Const<64283>, Const<64284>, Const<64285>, Const<64286>, Const<64287>),
        (Const<64288>, Const<64289>, Const<64290>, Const<64291>, Const<64292>, Const<64293>, Const<64294>, Const<64295>, Const<64296>, Const<64297>, Const<64298>, Const<64299>, Const<64300>, Const<64301>, Const<64302>, Const<64303>),
        (Const<64304>, Const<64305>, Const<64306>, Const<64307>, Const<64308>, Const<64309>, Const<64310>, Const<64311>, Const<64312>, Const<64313>, Const<64314>, Const<64315>, Const<64316>, Const<64317>, Const<64318>, Const<64319>),
        (Const<64320>, Const<64321>, Const<64322>, Const<64323>, Const<64324>, Const<64325>, Const<64326>, Const<64327>, Const<64328>, Const<64329>, Const<64330>, Const<64331>, Const<64332>, Const<64333>, Const<64334>, Const<64335>),
        (Const<64336>, Const<64337>, Const<64338>, Const<64339>, Const<64340>, Const<64341>, Const<64342>, Const<64343>, Const<64344>, Const<64345>, Const<64346>, Const<64347>, Const<64348>, Const<64349>, Const<64350>, Const<64351>),
        (Const<64352>, Const<64353>, Const<64354>, Const<64355>, Const<64356>, Const<64357>, Const<64358>, Const<64359>, Const<64360>, Const<64361>, Const<64362>, Const<64363>, Const<64364>, Const<64365>, Const<64366>, Const<64367>),
        (Const<64368>, Const<64369>, Const<64370>, Const<64371>, Const<64372>, Const<64373>, Const<64374>, Const<64375>, Const<64376>, Const<64377>, Const<64378>, Const<64379>, Const<64380>, Const<64381>, Const<64382>, Const<64383>),
        (Const<64384>, Const<64385>, Const<64386>, Const<64387>, Const<64388>, Const<64389>, Const<64390>, Const<64391>, Const<64392>, Const<64393>, Const<64394>, Const<64395>, Const<64396>, Const<64397>, Const<64398>, Const<64399>),
        (Const<64400>, Const<64401>, Const<64402>, Const<64403>, Const<64404>, Const<64405>, Const<64406>, Const<64407>, Const<64408>, Const<64409>, Const<64410>, Const<64411>, Const<64412>, Const<64413>, Const<64414>, Const<64415>),
        (Const<64416>, Const<64417>, Const<64418>, Const<64419>, Const<64420>, Const<64421>, Const<64422>, Const<64423>, Const<64424>, Const<64425>, Const<64426>, Const<64427>, Const<64428>, Const<64429>, Const<64430>, Const<64431>),
        (Const<64432>, Const<64433>, Const<64434>, Const<64435>, Const<64436>, Const<64437>, Const<64438>, Const<64439>, Const<64440>, Const<64441>, Const<64442>, Const<64443>, Const<64444>, Const<64445>, Const<64446>, Const<64447>),
        (Const<64448>, Const<64449>, Const<64450>, Const<64451>, Const<64452>, Const<64453>, Const<64454>, Const<64455>, Const<64456>, Const<64457>, Const<64458>, Const<64459>, Const<64460>, Const<64461>, Const<64462>, Const<64463>),
        (Const<64464>, Const<64465>, Const<64466>, Const<64467>, Const<64468>, Const<64469>, Const<64470>, Const<64471>, Const<64472>, Const<64473>, Const<64474>, Const<64475>, Const<64476>, Const<64477>, Const<64478>, Const<64479>),
        (Const<64480>, Const<64481>, Const<64482>, Const<64483>, Const<64484>, Const<64485>, Const<64486>, Const<64487>, Const<64488>, Const<64489>, Const<64490>, Const<64491>, Const<64492>, Const<64493>, Const<64494>, Const<64495>),
        (Const<64496>, Const<64497>, Const<64498>, Const<64499>, Const<64500>, Const<64501>, Const<64502>, Const<64503>, Const<64504>, Const<64505>, Const<64506>, Const<64507>, Const<64508>, Const<64509>, Const<64510>, Const<64511>),
    );
}

impl Row for typenum::consts::U252 {
    type Cols = (
        (Const<64512>, Const<64513>, Const<64514>, Const<64515>, Const<64516>, Const<64517>, Const<64518>, Const<64519>, Const<64520>, Const<64521>, Const<64522>, Const<64523>, Const<64524>, Const<64525>, Const<64526>, Const<64527>),
        (Const<64528>, Const<64529>, Const<64530>, Const<64531>, Const<64532>, Const<64533>, Const<64534>, Const<64535>, Const<64536>, Const<64537>, Const<64538>, Const<64539>, Const<64540>, Const<64541>, Const<64542>, Const<64543>),
        (Const<64544>, Const<64545>, Const<64546>, Const<64547>, Const<64548>, Const<64549>, Const<64550>, Const<64551>, Const<64552>, Const<64553>, Const<64554>, Const<64555>, Const<64556>, Const<64557>, Const<64558>, Const<64559>),
        (Const<64560>, Const<64561>, Const<64562>, Const<64563>, Const<64564>, Const<64565>, Const<64566>, Const<64567>, Const<64568>, Const<64569>, Const<64570>, Const<64571>, Const<64572>, Const<64573>, Const<64574>, Const<64575>),
        (Const<64576>, Const<64577>, Const<64578>, Const<64579>, Const<64580>, Const<64581>, Const<64582>, Const<64583>, Const<64584>, Const<64585>, Const<64586>, Const<64587>, Const<64588>, Const<64589>, Const<64590>, Const<64591>),
        (Const<64592>, Const<64593>, Const<64594>, Const<64595>, Const<64596>, Const<64597>, Const<64598>, Const<64599>, Const<64600>, Const<64601>, Const<64602>, Const<64603>, Const<64604>, Const<64605>, Const<64606>, Const<64607>),
        (Const<64608>, Const<64609>, Const<64610>, Const<64611>, Const<64612>, Const<64613>, Const<64614>, Const<64615>, Const<64616>, Const<64617>, Const<64618>, Const<64619>, Const<64620>, Const<64621>, Const<64622>, Const<64623>),
        (Const<64624>, Const<64625>, Const<64626>, Const<64627>, Const<64628>, Const<64629>, Const<64630>, Const<64631>, Const<64632>, Const<64633>, Const<64634>, Const<64635>, Const<64636>, Const<64637>, Const<64638>, Const<64639>),
        (Const<64640>, Const<64641>, Const<64642>, Const<64643>, Const<64644>, Const<64645>, Const<64646>, Const<64647>, Const<64648>, Const<64649>, Const<64650>, Const<64651>, Const<64652>, Const<64653>, Const<64654>, Const<64655>),
        (Const<64656>, Const<64657>, Const<64658>, Const<64659>, Const<64660>, Const<64661>, Const<64662>, Const<64663>, Const<64664>, Const<64665>, Const<64666>, Const<64667>, Const<64668>, Const<64669>, Const<64670>, Const<64671>),
        (Const<64672>, Const<64673>, Const<64674>, Const<64675>, Const<64676>, Const<64677>, Const<64678>, Const<64679>, Const<64680>, Const<64681>, Const<64682>, Const<64683>, Const<64684>, Const<64685>, Const<64686>, Const<64687>),
        (Const<64688>, Const<64689>, Const<64690>, Const<64691>, Const<64692>, Const<64693>, Const<64694>, Const<64695>, Const<64696>, Const<64697>, Const<64698>, Const<64699>, Const<64700>, Const<64701>, Const<64702>, Const<64703>),
        (Const<64704>, Const<64705>, Const<64706>, Const<64707>, Const<64708>, Const<64709>, Const<64710>, Const<64711>, Const<64712>, Const<64713>, Const<64714>, Const<64715>, Const<64716>, Const<64717>, Const<64718>, Const<64719>),
        (Const<64720>, Const<64721>, Const<64722>, Const<64723>, Const<64724>, Const<64725>, Const<64726>, Const<64727>, Const<64728>, Const<64729>, Const<64730>, Const<64731>, Const<64732>, Const<64733>, Const<64734>, Const<64735>),
        (Const<64736>, Const<64737>, Const<64738>, Const<64739>, Const<64740>, Const<64741>, Const<64742>, Const<64743>, Const<64744>, Const<64745>, Const<64746>, Const<64747>, Const<64748>, Const<64749>, Const<64750>, Const<64751>),
        (Const<64752>, Const<64753>, Const<64754>, Const<64755>, Const<64756>, Const<64757>, Const<64758>, Const<64759>, Const<64760>, Const<64761>, Const<64762>, Const<64763>, Const<64764>, Const<64765>, Const<64766>, Const<64767>),
    );
}

impl Row for typenum::consts::U253 {
    type Cols = (
        (Const<64768>, Const<64769>, Const<64770>, Const<64771>, Const<64772>, Const<64773>, Const<64774>, Const<64775>, Const<64776>, Const<64777>, Const<64778>, Const<64779>, Const<64780>, Const<64781>, Const<64782>, Const<64783>),
        (Const<64784>, Const<64785>, Const<64786>, Const<64787>, Const<64788>, Const<64789>, Const<64790>, Const<64791>, Const<64792>, Const<64793>, Const<64794>, Const<64795>, Const<64796>, Const<64797>, Const<64798>, Const<64799>),
        (Const<64800>, Const<64801>, Const<64802>, Const<64803>, Const<64804>, Const<64805>, Const<64806>, Const<64807>, Const<64808>, Const<64809>, Const<64810>, Const<64811>, Const<64812>, Const<64813>, Const<64814>, Const<64815>),
        (Const<64816>, Const<64817>, Const<64818>, Const<64819>, Const<64820>, Const<64821>, Const<64822>, Const<64823>, Const<64824>, Const<64825>, Const<64826>, Const<64827>, Const<64828>, Const<64829>, Const<64830>, Const<64831>),
        (Const<64832>, Const<64833>, Const<64834>, Const<64835>, Const<64836>, Const<64837>, Const<64838>, Const<64839>, Const<64840>, Const<64841>, Const<64842>, Const<64843>, Const<64844>, Const<64845>, Const<64846>, Const<64847>),
        (Const<64848>, Const<64849>, Const<64850>, Const<64851>, Const<64852>, Const<64853>, Const<64854>, Const<64855>, Const<64856>, Const<64857>, Const<64858>, Const<64859>, Const<64860>, Const<64861>, Const<64862>, Const<64863>),
        (Const<64864>, Const<64865>, Const<64866>, Const<64867>, Const<64868>, Const<64869>, Const<64870>, Const<64871>, Const<64872>, Const<64873>, Const<64874>, Const<64875>, Const<64876>, Const<64877>, Const<64878>, Const<64879>),
        (Const<64880>, Const<64881>, Const<64882>, Const<64883>, Const<64884>, Const<64885>, Const<64886>, Const<64887>, Const<64888>, Const<64889>, Const<64890>, Const<64891>, Const<64892>, Const<64893>, Const<64894>, Const<64895>),
        (Const<64896>, Const<64897>, Const<64898>, Const<64899>, Const<64900>, Const<64901>, Const<64902>, Const<64903>, Const<64904>, Const<64905>, Const<64906>, Const<64907>, Const<64908>, Const<64909>, Const<64910>, Const<64911>),
        (Const<64912>, Const<64913>, Const<64914>, Const<64915>, Const<64916>, Const<64917>, Const<64918>, Const<64919>, Const<64920>, Const<64921>, Const<64922>, Const<64923>, Const<64924>, Const<64925>, Const<64926>, Const<64927>),
        (Const<64928>, Const<64929>, Const<64930>, Const<64931>, Const<64932>, Const<64933>, Const<64934>, Const<64935>, Const<64936>, Const<64937>, Const<64938>, Const<64939>, Const<64940>, Const<64941>, Const<64942>, Const<64943>),
        (Const<64944>, Const<64945>, Const<64946>, Const<64947>, Const<64948>, Const<64949>, Const<64950>, Const<64951>, Const<64952>, Const<64953>, Const<64954>, Const<64955>, Const<64956>, Const<64957>, Const<64958>, Const<64959>),
        (Const<64960>, Const<64961>, Const<64962>, Const<64963>, Const<64964>, Const<64965>, Const<64966>, Const<64967>, Const<64968>, Const<64969>, Const<64970>, Const<64971>, Const<64972>, Const<64973>, Const<64974>, Const<64975>),
        (Const<64976>, Const<64977>, Const<64978>, Const<64979>, Const<64980>, Const<64981>, Const<64982>, Const<64983>, Const<64984>, Const<64985>, Const<64986>, Const<64987>, Const<64988>, Const<64989>, Const<64990>, Const<64991>),
        (Const<64992>, Const<64993>, Const<64994>, Const<64995>, Const<64996>, Const<64997>, Const<64998>, Const<64999>, Const<65000>, Const<65001>, Const<65002>, Const<65003>, Const<65004>, Const<65005>, Const<65006>, Const<65007>),
        (Const<65008>, Const<65009>, Const<65010>, Const<65011>, Const<65012>, Const<65013>, Const<65014>, Const<65015>, Const<65016>, Const<65017>, Const<65018>, Const<65019>, Const<65020>, Const<65021>, Const<65022>, Const<65023>),
    );
}

impl Row for typenum::consts::U254 {
    type Cols = (
        (Const<65024>, Const<65025>, Const<65026>, Const<65027>, Const<65028>, Const<65029>, Const<65030>, Const<65031>, Const<65032>, Const<65033>, Const<65034>, Const<65035>, Const<65036>, Const<65037>, Const<65038>, Const<65039>),
        (Const<65040>, Const<65041>, Const<65042>, Const<65043>, Const<65044>, Const<65045>, Const<65046>, Const<65047>, Const<65048>, Const<65049>, Const<65050>, Const<65051>, Const<65052>, Const<65053>, Const<65054>, Const<65055>),
        (Const<65056>, Const<65057>, Const<65058>, Const<65059>, Const<65060>, Const<65061>, Const<65062>, Const<65063>, Const<65064>, Const<65065>, Const<65066>, Const<65067>, Const<65068>, Const<65069>, Const<65070>, Const<65071>),
        (Const<65072>, Const<65073>, Const<65074>, Const<65075>, Const<65076>, Const<65077>, Const<65078>, Const<65079>, Const<65080>, Const<65081>, Const<65082>, Const<65083>, Const<65084>, Const<65085>, Const<65086>, Const<65087>),
        (Const<65088>, Const<65089>, Const<65090>, Const<65091>, Const<65092>, Const<65093>, Const<65094>, Const<65095>, Const<65096>, Const<65097>, Const<65098>, Const<65099>, Const<65100>, Const<65101>, Const<65102>, Const<65103>),
        (Const<65104>, Const<65105>, Const<65106>, Const<65107>, Const<65108>, Const<65109>, Const<65110>, Const<65111>, Const<65112>, Const<65113>, Const<65114>, Const<65115>, Const<65116>, Const<65117>, Const<65118>, Const<65119>),
        (Const<65120>, Const<65121>, Const<65122>, Const<65123>, Const<65124>, Const<65125>, Const<65126>, Const<65127>, Const<65128>, Const<65129>, Const<65130>, Const<65131>, Const<65132>, Const<65133>, Const<65134>, Const<65135>),
        (Const<65136>, Const<65137>, Const<65138>, Const<65139>, Const<65140>, Const<65141>, Const<65142>, Const<65143>, Const<65144>, Const<65145>, Const<65146>, Const<65147>, Const<65148>, Const<65149>, Const<65150>, Const<65151>),
        (Const<65152>, Const<65153>, Const<65154>, Const<65155>, Const<65156>, Const<65157>, Const<65158>, Const<65159>, Const<65160>, Const<65161>, Const<65162>, Const<65163>, Const<65164>, Const<65165>, Const<65166>, Const<65167>),
        (Const<65168>, Const<65169>, Const<65170>, Const<65171>, Const<65172>, Const<65173>, Const<65174>, Const<65175>, Const<65176>, Const<65177>, Const<65178>, Const<65179>, Const<65180>, Const<65181>, Const<65182>, Const<65183>),
        (Const<65184>, Const<65185>, Const<65186>, Const<65187>, Const<65188>, Const<65189>, Const<65190>, Const<65191>, Const<65192>, Const<65193>, Const<65194>, Const<65195>, Const<65196>, Const<65197>, Const<65198>, Const<65199>),
        (Const<65200>, Const<65201>, Const<65202>, Const<65203>, Const<65204>, Const<65205>, Const<65206>, Const<65207>, Const<65208>, Const<65209>, Const<65210>, Const<65211>, Const<65212>, Const<65213>, Const<65214>, Const<65215>),
        (Const<65216>, Const<65217>, Const<65218>, Const<65219>, Const<65220>, Const<65221>, Const<65222>, Const<65223>, Const<65224>, Const<65225>, Const<65226>, Const<65227>, Const<65228>, Const<65229>, Const<65230>, Const<65231>),
        (Const<65232>, Const<65233>, Const<65234>, Const<65235>, Const<65236>, Const<65237>, Const<65238>, Const<65239>, Const<65240>, Const<65241>, Const<65242>, Const<65243>, Const<65244>, Const<65245>, Const<65246>, Const<65247>),
        (Const<65248>, Const<65249>, Const<65250>, Const<65251>, Const<65252>, Const<65253>, Const<65254>, Const<65255>, Const<65256>, Const<65257>, Const<65258>, Const<65259>, Const<65260>, Const<65261>, Const<65262>, Const<65263>),
        (Const<65264>, Const<65265>, Const<65266>, Const<65267>, Const<65268>, Const<65269>, Const<65270>, Const<65271>, Const<65272>, Const<65273>, Const<65274>, Const<65275>, Const<65276>, Const<65277>, Const<65278>, Const<65279>),
    );
}

impl Row for typenum::consts::U255 {
    type Cols = (
        (Const<65280>, Const<65281>, Const<65282>, Const<65283>, Const<65284>, Const<65285>, Const<65286>, Const<65287>, Const<65288>, Const<65289>, Const<65290>, Const<65291>, Const<65292>, Const<65293>, Const<65294>, Const<65295>),
        (Const<65296>, Const<65297>, Const<65298>, Const<65299>, Const<65300>, Const<65301>, Const<65302>, Const<65303>, Const<65304>, Const<65305>, Const<65306>, Const<65307>, Const<65308>, Const<65309>, Const<65310>, Const<65311>),
        (Const<65312>, Const<65313>, Const<65314>, Const<65315>, Const<65316>, Const<65317>, Const<65318>, Const<65319>, Const<65320>, Const<65321>, Const<65322>, Const<65323>, Const<65324>, Const<65325>, Const<65326>, Const<65327>),
        (Const<65328>, Const<65329>, Const<65330>, Const<65331>, Const<65332>, Const<65333>, Const<65334>, Const<65335>, Const<65336>, Const<65337>, Const<65338>, Const<65339>, Const<65340>, Const<65341>, Const<65342>, Const<65343>),
        (Const<65344>, Const<65345>, Const<65346>, Const<65347>, Const<65348>, Const<65349>, Const<65350>, Const<65351>, Const<65352>, Const<65353>, Const<65354>, Const<65355>, Const<65356>, Const<65357>, Const<65358>, Const<65359>),
        (Const<65360>, Const<65361>, Const<65362>, Const<65363>, Const<65364>, Const<65365>, Const<65366>, Const<65367>, Const<65368>, Const<65369>, Const<65370>, Const<65371>, Const<65372>, Const<65373>, Const<65374>, Const<65375>),
        (Const<65376>, Const<65377>, Const<65378>, Const<65379>, Const<65380>, Const<65381>, Const<65382>, Const<65383>, Const<65384>, Const<65385>, Const<65386>, Const<65387>, Const<65388>, Const<65389>, Const<65390>, Const<65391>),
        (Const<65392>, Const<65393>, Const<65394>, Const<65395>, Const<65396>, Const<65397>, Const<65398>, Const<65399>, Const<65400>, Const<65401>, Const<65402>, Const<65403>, Const<65404>, Const<65405>, Const<65406>, Const<65407>),
        (Const<65408>, Const<65409>, Const<65410>, Const<65411>, Const<65412>, Const<65413>, Const<65414>, Const<65415>, Const<65416>, Const<65417>, Const<65418>, Const<65419>, Const<65420>, Const<65421>, Const<65422>, Const<65423>),
        (Const<65424>, Const<65425>, Const<65426>, Const<65427>, Const<65428>, Const<65429>, Const<65430>, Const<65431>, Const<65432>, Const<65433>, Const<65434>, Const<65435>, Const<65436>, Const<65437>, Const<65438>, Const<65439>),
        (Const<65440>, Const<65441>, Const<65442>, Const<65443>, Const<65444>, Const<65445>, Const<65446>, Const<65447>, Const<65448>, Const<65449>, Const<65450>, Const<65451>, Const<65452>, Const<65453>, Const<65454>, Const<65455>),
        (Const<65456>, Const<65457>, Const<65458>, Const<65459>, Const<65460>, Const<65461>, Const<65462>, Const<65463>, Const<65464>, Const<65465>, Const<65466>, Const<65467>, Const<65468>, Const<65469>, Const<65470>, Const<65471>),
        (Const<65472>, Const<65473>, Const<65474>, Const<65475>, Const<65476>, Const<65477>, Const<65478>, Const<65479>, Const<65480>, Const<65481>, Const<65482>, Const<65483>, Const<65484>, Const<65485>, Const<65486>, Const<65487>),
        (Const<65488>, Const<65489>, Const<65490>, Const<65491>, Const<65492>, Const<65493>, Const<65494>, Const<65495>, Const<65496>, Const<65497>, Const<65498>, Const<65499>, Const<65500>, Const<65501>, Const<65502>, Const<65503>),
        (Const<65504>, Const<65505>, Const<65506>, Const<65507>, Const<65508>, Const<65509>, Const<65510>, Const<65511>, Const<65512>, Const<65513>, Const<65514>, Const<65515>, Const<65516>, Const<65517>, Const<65518>, Const<65519>),
        (Const<65520>, Const<65521>, Const<65522>, Const<65523>, Const<65524>, Const<65525>, Const<65526>, Const<65527>, Const<65528>, Const<65529>, Const<65530>, Const<65531>, Const<65532>, Const<65533>, Const<65534>, Const<65535>),
    );
}
