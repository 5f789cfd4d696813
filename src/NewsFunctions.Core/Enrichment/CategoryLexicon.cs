namespace NewsFunctions.Enrichment;

/// <summary>
/// The hand-written lexicon behind <see cref="TextCategorizer"/>: words and phrases that signal a category in news
/// writing, with a weight, in English, Spanish, French, German, Portuguese and Italian. Written from general
/// knowledge of how news is written; it is not learned from, nor tuned word by word on, any benchmark set.
/// </summary>
/// <remarks>
/// <para>Format, one rule a line: <c>LANGS WEIGHT: term term ...</c> under a <c>[category]</c> heading.</para>
/// <list type="bullet">
/// <item><c>LANGS</c> is <c>*</c> (any language) or a comma list such as <c>es,pt</c>: a term only counts when the
/// article's language is one of them, or when the language is unknown. This keeps false friends apart
/// (English "war" and German "war", English "but" and French "but").</item>
/// <item>A term ending in <c>*</c> is a stem: it matches any word starting with it (<c>elector*</c> matches
/// electoral, electorate); the longest matching stem wins, and an exact term wins over any stem.</item>
/// <item>Terms joined with <c>_</c> are two-word phrases (<c>prime_minister</c>), counted on top of their words.</item>
/// <item>An upper-case term (<c>NATO</c>, <c>AI</c>) is an acronym: it only matches a word written in capitals, so
/// "AI" counts and the French "ai" does not.</item>
/// </list>
/// <para>Matching folds case and accents (<c>elección</c> is written <c>eleccion</c> or with its accent, alike).
/// Weights: 3 for words that almost only occur in the category, 2 for strong signals, 1 for weak or shared ones,
/// 0.5 for words that lean one way but are common elsewhere.</para>
/// </remarks>
internal static class CategoryLexicon
{
    public const string Rules = """
        [politics]
        * 3: parliament* parlament* parlement* politician* politicien* politiker* politico* politica* politique* politik*
        * 3: election* elector* eleccion* elecciones electoral* elezion* eleicao eleicoes wahlkampf* bundestag* bundesrat landtag*
        * 3: referendum* referendo* referend* legislat* legisla* senator* senador* senateur* senatori* abgeordnet* diputad* depute* deputado* deputato*
        * 3: prime_minister primer_ministro premier_ministre primeiro_ministro primo_ministro downing_street white_house house_of_commons
        * 2: minister* ministr* minist* govern* gobiern* gouvern* regierung* senate senado senat* senato congress* congreso* congres* congresso
        * 2: opposition* oposicion* opposizion* oposicao coalition* coalicion* coalizion* coligacao koalition* cabinet gabinete
        * 2: campaign* campana_electoral candidate* candidat* kandidat* ballot* vote votes voted voting voter* votacion* votar voto votos vote* scrutin*
        * 2: democrat* republican* republicano* conservative* conservador* liberal_democrat* socialist* socialista* sozialdemokrat* kanzler* chancellor*
        * 2: whitehall westminster commons lords mps tory tories labour lib_dem snp ukip brexit* lawmaker* legislator* presidential presidencial* presidentiel*
        * 2: policy_reform poll polls polling sondage* umfrage* sondaggi* encuesta* pesquisa_eleitoral
        * 2: MP MPs CDU SPD AfD FDP CSU PSOE PP MEP MEPs
        * 1: president* presiden* prasident* party parties partei* parti partis partito* partidos alcald* maire prefeit* burgermeister* sindaco
        * 1: policy policies politicas reform* reforma* minority majority mayoria majorite mehrheit maggioranza maioria immigration* inmigra* immigra* asylum asilo
        * 1: debate* debat* law_makers constitution* constitucion* constituci* verfassung* costituzion* constituicao decree decreto* decret*
        * 0.5: budget presupuesto* haushalt* bilancio orcamento tax taxes impuesto* impot* steuer* tasse* imposto*
        en 1: bill bills mayor mayors
        es,pt 0.5: partido

        [world]
        * 3: ceasefire cease_fire tregua waffenstillstand* cessate_il_fuoco airstrike* air_strike* united_nations naciones_unidas nations_unies vereinte_nationen nazioni_unite nacoes_unidas
        * 3: NATO OTAN UN ONU diplomat* embassy embassies embajad* ambassad* ambasciat* embaixad* botschafter*
        * 2: troops tropas troupes truppen truppe soldier* soldado* soldat* soldati militar* militair* militari* army armies ejercito* armee* esercito exercito
        * 2: refugee* refugiad* refugie* fluchtling* rifugiat* humanitarian* humanitari* humanitaire* invasion invasi* missile* misil* missil* rakete*
        * 2: sanction* sancion* sanktion* sanzion* sancoes summit cumbre sommet gipfel* vertice foreign_minister foreign_policy ministro_de_exteriores exteriores
        * 2: insurg* rebel* rebeld* rebelle* ribell* militant* hostage* rehen* otage* geisel* ostagg* refem genocid* kremlin pentagon
        * 2: foreign_ministry auswartig* etranger* estrangeir* estero international_community comunidad_internacional
        * 1: foreign international* internacional* internazional* border* frontera* frontiere* grenze* fronteira* treaty* tratado* traite* vertrag* trattato
        * 1: bomb* bomba* bombe* attack* ataque* attaque* angriff* attacco attacchi terroris* terrorist* guerrill* conflict* conflicto* konflikt* conflitto conflito
        * 1: EU UE summit_talks peace_talks peace paz paix frieden pace killed_in_attack
        en 2: war wars warfare
        es,it,pt 2: guerra guerras
        fr 2: guerre guerres
        de 2: krieg kriege kriegs*

        [business]
        * 3: shareholder* accionista* actionnaire* aktionar* azionist* merger* acquisition* takeover* adquisicion* acquisizion* ubernahme* fusion_de_empresas
        * 3: GDP PIB BIP IPO OPEC ECB BCE EZB FTSE DAX IBEX CAC NASDAQ Nasdaq dividend* dividendo* stock_market stock_exchange wall_street federal_reserve central_bank banco_central banque_centrale zentralbank banca_centrale
        * 3: recession* recesion* rezession* recessao interest_rate* tipos_de_interes taux_d_interet leitzins* chief_executive ceo CEO PDG bankrupt* insolven* quiebra chapter_eleven
        * 2: profit profits profitable profitability revenue* earnings ingresos beneficio beneficios ganancia* lucro* umsatz* fatturato chiffre_d_affaires gewinn* utile_netto
        * 2: economy economies economic* economist* econom* wirtschaft* inflation* inflacion* inflazion* inflacao investor* investment* invested investing inversor* inversion* inversiones investisse* investition* investiment* investidor*
        * 2: shares stocks bourse borsa borse boerse bolsa_de_valores bonos_del_estado sales_rose sales_fell retail* retailer* minorista* consumer_spending quarterly trimestr* quartal*
        * 2: company companies empresa empresas entreprise* unternehm* aziend* firm firms corporation* corporate* conglomerat* multinational* multinacional*
        * 2: analyst* analista* analyste* exports export* exporta* imports importacion* tariff* arancel* zolle tarif* dazi* unemployment desempleo chomage arbeitslos* disoccupa* desemprego
        * 2: mortgage* hipoteca* hypothek* mutuo loan* prestamo* pret_immobilier kredit* bank banks banking banker* bancos banques banken banche bancari* bancaire* bancario*
        * 2: currency currencies divisa* devise* wahrung* valuta moeda dollar* euro_zone eurozone eurozona zona_euro sterling yen yuan
        * 1: market* mercado* markt* mercat* marche_financier* price prices pricing precio* prezz* preco* cost costs costos couts kosten costi custos
        * 1: industr* factory factories fabrica* fabbrica* usine* fabrik* manufactur* production produccion* produktion* produzione
        * 1: growth crecimiento croissance wachstum* crescita crescimento forecast* prevision* prognose* previsao deal deals contract* contrato* contrat* vertrag
        * 1: sales ventas ventes vendite vendas verkauf* consumer* consumidor* consommat* verbraucher* consumator* job jobs employ* emplead* employe* empleo* beschaftig* lavorator* trabalhador*
        * 1: oil petroleo* petrol* oil_prices crude opep airline* aerolinea* compagnie_aerienne fluggesellschaft* supermarket* supermercado* supermarche*
        * 1: debt debts deuda* dette* schulden debito* wage* salari* salaire* lohn* lohne trade trading comercio commerce handel commercio brand brands marca marcas marque marques
        * 1: bn billion billions millones milliards milliarden miliardi bilhoes tax_rise pension* pensiones rente* accounts accounting auditor* contabil*
        * 0.5: tax taxes budget presupuesto* haushalt* fiscal startup* start_up

        [technology]
        * 3: software hardware smartphone* iphone* ipod* ipad* android microsoft google openai chatgpt malware spyware phishing bluetooth broadband
        * 3: artificial_intelligence inteligencia_artificial intelligence_artificielle kunstliche_intelligenz intelligenza_artificiale AI IA KI semiconductor* semiconductor* semicondut* microchip* chipmaker*
        * 3: videogame* videojuego* videospiel* videogioc* jeu_video jeux_video playstation xbox nintendo silicon_valley laptop* notebook_computer gadget* chatbot*
        * 3: cyberattack* cybersecurity cybersecurite ciberseguridad cybersicherheit cyber* ciber* hacker* hackers ransomware encrypt* cifrado* verschlussel* linux open_source search_engine*
        * 2: computer* computador* ordenador* ordinateur* rechner internet online web website* webseite* sitio_web site_web download* upload* browser* navegador* navigateur*
        * 2: app apps aplicacion* application_mobile tablet* digital* numerique* digitale digitali technolog* tecnolog* technik tech telecom* telecomunic* telekom* 
        * 2: algorithm* algoritm* algorithme* processor* procesador* processeur* prozessor* server* servidor* serveur* robot* robotic* robotica gaming gamer* console* consola*
        * 2: user users usuario* utilisateur* nutzer* utenti utente device* dispositivo* dispositif* gerat* apple samsung intel IBM nvidia huawei facebook twitter instagram tiktok youtube whatsapp amazon_web_services
        * 2: email* e_mail correo_electronico spam password* contrasena* mot_de_passe passwort* data_centre data_center datacenter* cloud_computing programming programmer* coding developer* desarrollador*
        * 2: PC PCs GPU CPU telefono_movil mobile_phone* cellphone* handy_hersteller blog blogs blogger* bloguero* streaming_service* digital_music wifi wi_fi innovation_tech
        * 1: phone* telefon* telephon* mobile movil* cellular cell_phone network* redes_sociales social_media social_network* reseaux_sociaux soziale_netzwerke data datos donnees daten dati dados
        * 1: startup* start_up camera* chip chips screen* pantalla* ecran* bildschirm* schermo tela sony amazon innovation* innovacion* innovaz* inovacao platform* plataforma* plateforme* plattform*
        * 1: virus viruses drone* dron drohne* satellite_tv dvd DVD hd HD

        [science]
        * 3: scientist* scientific* cientific* scienziat* wissenschaftler* physicist* physik* astronom* astronaut* cosmonaut* NASA ESA spacecraft telescope* telescopio* teleskop*
        * 3: galaxy galaxies galax* asteroid* exoplanet* planet* planeta* planete* orbit* orbita* biodivers* ecosystem* ecosistema* ecosysteme* okosystem* ecossistema*
        * 3: fossil* fosil* fossile* dinosaur* dinosaurio* dinosauri* dinossauro* archaeolog* arqueolog* archeolog* archaolog* genom* neuroscien* quantum cuantic* quantique quanten*
        * 3: species especies espece* global_warming calentamiento_global rechauffement_climatique erderwarmung riscaldamento_globale aquecimento_global peer_reviewed glacier* glaciar* gletscher* ghiacciai*
        * 2: science sciences ciencia* scienz* wissenschaft* ciencias researcher* investigador_cientifico chercheur* forscher* ricercator* pesquisador* physics chemistry chemist quimic* chimi* chemie* biolog*
        * 2: laborator* lab labs experiment* experimento* particle* particula* molecul* atom* DNA ADN DNS gene genes genetic* genetic genetique genetik* genetica evolution* evolucion* evoluzion* mathemati* matematic*
        * 2: climate climat* klima* clima climate_change cambio_climatico changement_climatique klimawandel cambiamento_climatico mudanca_climatica emissions emisiones greenhouse_gas* gases_de_efecto_invernadero carbon carbono
        * 2: environment* medio_ambiente ambiental* environnement* umwelt* ambiente meio_ambiente extinction* extincion* extinct* ausgestorben estinzion* satellite* satelite* satellit* rocket* cohete* fusee* spacex
        * 2: volcan* vulkan* vulcan* earthquake* sismo* terremoto* seisme* erdbeben* ocean* oceano* meteorite* comet* cometa* moon lunar luna lune mond universe universo univers universum
        * 1: research investigacion_cientifica recherche* forschung* ricerca pesquisa* study studies estudio* etude* studie studien studio_scientifico journal nature university universidad* universite* universitat* universita universidade
        * 1: space espacio espace weltraum spazio energy energia energie solar solaire fossil_fuels wildlife fauna animals animales animaux tiere animali
        en 1: mars

        [health]
        * 3: vaccin* vacun* vacin* impfstoff* impfung* pandemi* epidemi* covid* coronavirus diabet* obesity obesidad obesite adipositas obesita obesidade dementia demencia demence demenz* alzheimer*
        * 3: antibiotic* antibiotico* antibiotique* antibiotik* clinical_trial* ensayo_clinico essai_clinique klinische_studie NHS WHO OMS healthcare health_care sanidad sanitari* public_health salud_publica sante_publique
        * 3: surgery surgeon* surgical cirug* cirujano* chirurg* cirurg* infection* infeccion* infezion* infeccao infektion* patient patients paciente* patienten pazient* mental_health salud_mental sante_mentale
        * 2: health salud sante gesundheit* saude disease* enfermedad* maladie* krankheit* malatti* doenca* cancer* cancro krebs* tumor* tumour* tumeur* tumore heart_attack infarto* herzinfarkt* stroke* ictus
        * 2: hospital* hopital* krankenhaus* klinik* ospedal* clinic* clinica* clinique* doctor* medecin* arzt arzte medic* medizin* nurse* enfermer* infirmi* pfleger* infermier* pharmac* farmac* medication* medicament* medicamento* medikament* farmaco*
        * 2: symptom* sintoma* sintomi treatment* tratamiento* traitement* behandlung* trattament* tratamento* therap* terapi* virus outbreak* brote_de flu influenza grippe gripe
        * 2: pregnan* embaraz* grossesse* schwanger* gravidanza gravidez depression depresion depressao anxiety ansiedad anxiete angststorung* nutrition* nutricion* ernahrung* nutrizion* nutricao
        * 2: autism* autismo* smoking tabaquismo tabagisme rauchen tobacco tabaco tabac fumo blood_pressure presion_arterial tension_arterielle blutdruck life_expectancy esperanza_de_vida esperance_de_vie lebenserwartung
        * 1: drug drugs droga* drogue* medicine* medicina* medecine* diet dieta* regime_alimentaire sleep sueno sommeil schlaf exercise ejercicio_fisico blood sangre sang blut sangue mortality mortalidad* mortalite* sterblichkeit mortalita
        * 1: doctors_say study_found research_suggests care cuidados soins pflege* cure

        [sports]
        * 3: football* futbol* fussball* futebol* soccer calcio rugby cricket* tennis tenis basketball baloncesto basquet* baseball beisbol hockey handball balonmano volleyball voleibol
        * 3: league leagues liga ligue campionato championship* campeonato* championnat* meisterschaft* bundesliga premier_league champions_league la_liga serie_a world_cup copa_del_mundo coupe_du_monde weltmeisterschaft mondiali copa_do_mundo
        * 3: entrenador* entraineur* allenator* treinador* jugador* joueur* spieler* giocator* jogador* goalkeeper* portero* torwart* goleiro* midfield* centrocamp* centrocampista mediocampista striker* delantero* sturmer*
        * 3: referee* schiedsrichter* olympi* olimpi* tournament* torneo* tournoi* turnier* torneio* stadium* estadio* stadion* stadio stade playoff* play_off* relegat* scudetto NBA NFL FIFA UEFA MLB NHL UFC
        * 3: golfer* wimbledon grand_slam roland_garros tour_de_france formula_one formula_1 grand_prix motogp nascar innings wicket* batsman batsmen bowler* cyclist* ciclista* ciclismo cyclisme radsport
        * 3: goles golazo gols hat_trick hattrick penalti penaltis fichaje* first_half second_half half_time primera_parte segunda_parte premiere_mi_temps medio_tiempo semifinal* semi_final* quarter_final* cuartos_de_final octavos* quarts_de_finale
        * 2: match matches partita spiel spiele partido_de_futbol coach* coaches manager_said team* teams equipo* equipe* equipa mannschaft* squadra squad* plantilla kader goal goals gol buts but_de
        * 2: sport sports deporte deportes deportivo* deportista* esporte* sportiv* sportif* sportler* athlet* atleta* atletismo leichtathletik* marathon* maraton* swimm* natacion boxing boxeo boxe boxer* jockey* racecourse
        * 2: champion champions campeon* campeao campeoes champion* meister* trophy* trofeo* trophee* trophae* medal* medalla* medaille* medaglia medalha* podium podio scorer* goleador* buteur* torschutz* marcatore
        * 1.5: season temporada saison stagione defeat* derrota* defaite* niederlage* sconfitta empate* unentschieden pareggio
        * 1: victory* win wins winning winner* victoria* victoire* sieg* vittoria vitoria draw
        * 2: aficion* hincha* tifos* torcedor* pokal* coppa finals finalist* transfer_window mercato calciomercato injury lesion* blessure* verletzung* infortunio
        * 1: fans supporter* cup copa final finale finales injured
        fr 1: coupe
        * 2: score scored scores scoring kick_off penalty penalties touchdown* quarterback* captain capitan capitaine kapitan capitano skiing skier* esqui* ski race races racing carrera_de golf
        * 1.5: player* players
        * 1: game games juego partidos partie partida defender* defensa defenseur* verteidiger* difensor* zagueiro attaquant* attaccant* atacante* record* round rounds ronda* clasificacion* classement* tabelle classifica
        fr 2: but buts
        de 2: tor tore trainer

        [entertainment]
        * 3: actor actors actress* actriz actrices acteur* actrice* schauspieler* attore attori attrice ator atores atriz hollywood bollywood nollywood box_office taquilla oscar* grammy* bafta* emmy* golden_globe* berlinale cannes_film
        * 3: film_festival festival_de_cine festival_de_cannes red_carpet alfombra_roja tapis_rouge blockbuster* sequel* remake* sitcom* soundtrack* banda_sonora bande_originale netflix HBO disney singer* cantante* chanteu* sanger* cantor cantora
        * 3: album* song songs cancion* chanson* canzon* cancao cancoes rapper* rap hip_hop jazz reggaeton concert* concierto* konzert* concerto* musician* musico* musicien* musiker* musicist*
        * 3: movie* pelicula* cinema* cine kino* filmmaker* cineasta* realisateur* regisseur* regista screenplay* screenwriter* guionista* drehbuch* sceneggiat* documentary documentaries documental* documentaire* dokumentarfilm* documentario
        * 2: film films filme filmes music* musica musique* musik* band bands banda_de_rock gruppo_musicale pop rock festival* premiere* estreno* gira tournee* theatre* theater* teatro* broadway west_end musical* opera operas ballet
        * 2: television* televisi* fernseh* tv TV serien episode* episodio* reality_show talent_show celebrit* celebrid* famosos vedette* promi* comed* komod* commedi* comedian* humorista* humoriste*
        * 2: novel novels novelist* novela* romanzo romancier* romanciere* schriftsteller* escritor* escritora* ecrivain* scrittor* poet* poeta* poete* poesia poesie literat* literar* litterat* bestseller* libro libros livre livres buch bucher livro livros
        * 1.5: book books
        * 2: exhibition* exposicion* ausstellung* mostra exposicao museum* museo* musee* gallery galleries galeria* galerie* galleria painting* pintura* peinture* gemalde* dipint* artist* artista* artiste* kunstler* sculpt* escultur*
        * 2: award* premio* premios prix nominat* nominee* nominad* nomine* awards_ceremony gala galas director_de_cine film_director directed_by starring protagoniz* protagonist* dancer* danza bailar* trailer* spotify streaming anime manga comic* comics
        * 1: star stars estrella* series serie tour
        * 0.5: show shows
        * 1: entertainment entretenimiento divertissement unterhaltung* intrattenimento entretenimento culture cultura kultur* cultural* kulturell* art arte arts audience* audiencia* publico_asistente spectateur* zuschauer* spettator*
        fr,de 1: roman romane
        de 2: lied lieder
        en 1: studio channel presenter*

        [lifestyle]
        * 3: recipe* receta* recette* rezept* ricetta* receita* ingredient* ingrediente* zutat* ingredienti lifestyle estilo_de_vida mode_de_vie lebensstil stile_di_vita horoscope* horoscopo* oroscopo* horoskop* zodiac*
        * 3: fashion* moda pasarela catwalk runway_show fashion_week semana_de_la_moda semaine_de_la_mode modewoche settimana_della_moda makeup maquillaje maquillage skincare skin_care cuidado_de_la_piel gardening jardineria jardinage gartenarbeit giardinaggio jardinagem
        * 2: cooking cooked cocinar cocina cocinero* cuisine cuisiner kochen kocht cucina cucinare cozinha culinar* gastronom* restaurant* restaurante* ristorant* dessert* postre* bake baking baked backen horno oven
        * 2: travel* viaje* voyage* reise* viaggi* viagem viagens tourism tourist* turism* turist* touris* holiday* vacation* vacaciones vacances urlaub* vacanz* ferias hotel* destination* itinerar* beach* playa* plage* spiaggia praia*
        * 2: beauty belleza beaute schonheit* bellezza beleza cosmetic* cosmetico* kosmetik* perfume* parfum* profumo hairstyle* peinado* coiffure* frisur* dress dresses vestido* robe_de kleid* outfit* wardrobe armario
        * 2: garden* jardin* garten* giardin* jardim* home_decor decor* decoracion* deko* arredamento interior_design diseno_de_interiores furniture muebles meubles mobel* mobili moveis diy DIY bricolaje bricolage heimwerk*
        * 2: wellness bienestar bien_etre wohlbefinden benessere bem_estar yoga meditation* meditacion* meditazion* meditacao mindfulness fitness workout* entrenamiento_en_casa self_care autocuidado
        * 2: dating citas relationship_advice wedding* boda* mariage* hochzeit* matrimonio casamento parenting crianza parentalite erziehung* genitori pets pet mascota* mascotte* haustier* animali_domestici animais_de_estimacao
        * 2: vegan* vegano* vegetarian* vegetarien* vegetarier* vegetarian* wine* vino vinos vin vins wein weine vinho* cocktail* coffee_shop brunch breakfast desayuno* petit_dejeuner fruhstuck colazione cafe_da_manha
        * 1: style estilo styles tips consejos astuces tipps consigli dicas trucos pareja dog dogs perro* perros chien* hund hunde cat cats gato* chat_de katze* plants plantas plantes pflanzen piante flowers flores fleurs blumen fiori
        * 1: shopping compras achats einkauf* hogar zuhause family_life vida_familiar healthy_eating comida_saludable alimentation_saine gesunde_ernahrung mangiare_sano
        fr,de 1.5: mode
        en,es 2: chef chefs
        * 1: cook cooks

        [crime]
        * 3: arrest arrests arrested arresting detenid* detencion* detenu* interpelle* festgenommen festnahme* verhaftet verhaftung* arrestat* arresto detido* sentenced condenad* condamne* verurteil* condannat*
        * 3: murder* asesinat* asesino* asesina* meurtre* meurtrier* omicidi* homicid* stabbing stabbed stabbings gunman gunmen shot_dead robbery robberies robber* robbed robo robos raub* rapina* roubo* theft* thief thieves hurto* ladron* voleur* dieb* ladrao ladroes burglar*
        * 3: prosecutor* fiscalia fiscal_general procureur* staatsanwalt* procura_della_repubblica pubblico_ministero ministerio_publico defendant* pleaded_guilty pleaded_not_guilty guilty_plea jailed inmate* reclus* narcotrafic* drug_trafficking trafic_de_drogue drogenhandel spaccio
        * 3: kidnap* secuestr* entfuhr* rapimento sequestr* rape raped rapist* vergewaltig* stupro estupro forensic* forense* sheriff* FBI guardia_civil gendarme* carabinier* police_said policia_nacional police_officer* mossos ertzaintza polizia_di_stato
        * 2: police polices policeman policemen policewoman policia* polizei* polizi* policial* policier* detective* suspect suspects suspected sospechos* suspeit* verdacht* verdachtig* sospett* tatverdacht*
        * 2: crime crimes criminal* criminel* crimen crimenes crimine crimini kriminal* delito* delincuen* delinquant* delinquen* verbrechen* verbrecher* reato reati fraud* fraude* betrug* betruger* frode estafa* scam* smuggl* contraband* schmuggel*
        * 2: charged accused accusation* acusad* acusacion* accuse accusee accuses angeklagt* anklage* imputad* imputat* indicted indictment* trial juicio* proces proceso_judicial prozess_gegen processo_penale julgamento
        * 2: prison* prision* carcel* gefangnis* carcere prisao jail* haftstraf* haftbefehl* custody bail fianza kaution* cauzione fianca tribunal* juzgado* judge* juez* jueza juge* richter* giudic* juiz* court courts gericht* landgericht* amtsgericht*
        * 2: victim* victima* opfer homicide killing killings gang gangs gangster* pandilla* mafia* cartel* banda_criminal bande_organisee firearm* gun guns pistol* pistola* knife cuchillo couteau messerangriff* coltello faca
        * 1: lawyer* abogad* avocat* anwalt* anwalte avvocat* advogad* investigat* investigacion* enquete* ermittl* indagin* investigacao officer* agentes agent agents violence* violencia* gewalt* violenza abuse* abuso* missbrauch* shooting* tiroteo* fusillade* schiesserei* sparatoria tiroteio*
        * 1: corruption corrupcion* corruzion* korruption* corrupcao bribe* soborno* pot_de_vin bestechung* tangente* propina* weapon* arma armas waffe* arme armi terroris* terrorist* killed muerto* tue getotet ucciso morto dead
        """;
}
